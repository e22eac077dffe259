/**
 * Apprenticeships: programmes (standards), cohorts across employers, apprentices with their dated
 * journey, off-the-job hours and progress reviews, self-declared equality monitoring, and the
 * cohort and city reports with small numbers suppressed. Rules: docs/apprenticeships.md.
 */
package city.academy.catalogue.apprenticeship;
