/**
 * Starts the whole platform, the three WARs on one Payara Micro bound to the loopback interface,
 * on the embedded H2 default or on PostgreSQL: the run command and the system tests both use it.
 */
package city.academy.launcher;
