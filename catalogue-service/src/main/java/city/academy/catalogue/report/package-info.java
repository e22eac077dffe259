/**
 * Fill and sharing reports: per provider organisation and month, places offered, filled, unfilled,
 * filled by other partners' staff, and the did-not-attend rate; city-wide for academy admins.
 */
package city.academy.catalogue.report;
