/**
 * System tests: the real WARs on one Payara Micro, started once per test run (on H2, then again
 * on PostgreSQL), spoken to over HTTP and driven in headless Chromium.
 */
package city.academy.systemtests;
