/**
 * A person's private iCalendar feed of their confirmed sessions, with changes and cancellations,
 * at a secret address a calendar client can subscribe to without a token.
 */
package city.academy.catalogue.calendar;
