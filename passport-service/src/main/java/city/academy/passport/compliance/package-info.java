/**
 * Compliance over many people: an organisation's staff or the whole city, counted per subject,
 * staff group and organisation from the same passport rules, read in one streaming pass.
 */
package city.academy.passport.compliance;
