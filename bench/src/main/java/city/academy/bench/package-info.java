/**
 * Benchmark harness (not tests): loads the synthetic city into the passport schema on H2 or
 * PostgreSQL and prints figures with ratios to baselines measured in the same run.
 */
package city.academy.bench;
