/**
 * Sessions of courses and the booking engine: who gets a place, who waits, who needs approval,
 * cancellations, waitlist promotion and attendance. The rules live on the {@code Session} aggregate.
 */
package city.academy.catalogue.booking;
