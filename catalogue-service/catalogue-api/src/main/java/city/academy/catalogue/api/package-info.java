/**
 * The catalogue service's contract: DTO records exactly as they travel as JSON, and MicroProfile
 * Rest Client interfaces for the portal.
 */
package city.academy.catalogue.api;
