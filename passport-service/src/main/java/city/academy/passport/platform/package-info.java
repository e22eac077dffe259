/** What makes the passport service a running service: the REST application, start-up, health. */
package city.academy.passport.platform;
