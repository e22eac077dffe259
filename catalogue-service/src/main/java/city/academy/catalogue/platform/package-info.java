/** What makes the catalogue service a running service: the REST application, start-up, health. */
package city.academy.catalogue.platform;
