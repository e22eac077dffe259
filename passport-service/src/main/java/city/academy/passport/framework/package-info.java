/**
 * The training framework: subjects, levels, refresher periods and requirement rules, loaded from
 * versioned reference data in {@code config/framework}.
 */
package city.academy.passport.framework;
