/**
 * The catalogue's apprenticeships over HTTP, tested against docs/apprenticeships.md: programmes,
 * cohorts and enrolment, the status journey, off-the-job hours and reviews, equality answers, who
 * sees what, and the reports with their small-number suppression.
 */
package city.academy.systemtests.api.apprenticeships;
