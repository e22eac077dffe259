/**
 * The catalogue's sessions and bookings over HTTP: who may manage and book what, bad input
 * answered with problems and nothing written, and many people booking one session at once.
 */
package city.academy.systemtests.api.catalogue;
