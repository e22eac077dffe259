/**
 * The failover test: the platform as a cluster of Payara Micro instances behind nginx on
 * PostgreSQL, a steady portal load, one instance killed and started again, and what the database
 * must show afterwards; with the throughput of one instance against two.
 */
package city.academy.bench.failover;
