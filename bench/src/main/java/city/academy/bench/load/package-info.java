/**
 * A bounded portal load (fixed virtual users signing in, searching, booking, cancelling over HTTP
 * as browsers do) and the database check the failover test runs on its booking ledger afterwards.
 */
package city.academy.bench.load;
