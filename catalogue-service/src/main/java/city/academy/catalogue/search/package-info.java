/**
 * Search of the whole catalogue: upcoming sessions of every partner's courses by words, subject,
 * provider, dates, delivery mode and whether the caller could have a place now.
 */
package city.academy.catalogue.search;
