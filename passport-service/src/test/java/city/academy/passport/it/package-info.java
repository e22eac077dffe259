/**
 * In-container integration tests (failsafe, {@code *IT}): the built passport WAR on Payara Micro via
 * Arquillian, once on H2 and once on PostgreSQL, with the datasource from {@code config/payara}.
 */
package city.academy.passport.it;
