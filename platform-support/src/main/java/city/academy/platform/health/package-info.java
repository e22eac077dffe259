/** Health answers shared by the services (MicroProfile Health). */
package city.academy.platform.health;
