/**
 * The platform as a cluster (two Payara Micro members behind nginx, on PostgreSQL): sessions that
 * outlive the member that served them, and a graceful stop that fails no request.
 */
package city.academy.systemtests.cluster;
