/**
 * The catalogue service: the shared CPD catalogue (courses, sessions, cross-partner bookings)
 * and apprenticeship cohorts. Packages are bounded contexts, each split into layers.
 */
package city.academy.catalogue;
