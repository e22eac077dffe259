/** What a search asks for (checked criteria) and where sessions are found. */
package city.academy.catalogue.search.domain;
