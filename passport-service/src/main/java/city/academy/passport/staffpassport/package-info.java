/**
 * The staff passport: a person's requirements (from their current posts and the framework) and
 * how each stands on a day, from the best record that meets it; and who has looked.
 */
package city.academy.passport.staffpassport;
