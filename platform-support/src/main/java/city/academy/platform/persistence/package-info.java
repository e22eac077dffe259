/** Database housekeeping every service shares: Flyway migrations applied at start. */
package city.academy.platform.persistence;
