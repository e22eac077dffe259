/**
 * Apprenticeship pages: programmes and cohorts for the academy, a cohort's dashboard and exports,
 * an apprentice's journey, hours and reviews, and each person's own apprenticeship. The catalogue
 * decides everything; these pages show its answers and its refusals in its words.
 */
package city.academy.web.apprenticeship;
