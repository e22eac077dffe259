/**
 * An organisation's own rules on top of the partnership framework: local requirements that are not
 * portable (local induction) and stricter local refresher periods.
 */
package city.academy.passport.localrules;
