/** The demo city: loaded once into an empty database so the platform can be tried at once. */
package city.academy.passport.demo;
