/** The append-only record of all training, from every partner. */
package city.academy.passport.records;
