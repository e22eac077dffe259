/** Demo courses, loaded once into an empty catalogue. */
package city.academy.catalogue.demo;
