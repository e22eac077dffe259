/**
 * The passport service's contract: DTO records exactly as they travel as JSON, and MicroProfile
 * Rest Client interfaces for the portal and the catalogue service.
 */
package city.academy.passport.api;
