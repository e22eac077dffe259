/** Courses that partners publish in the shared catalogue. */
package city.academy.catalogue.course;
