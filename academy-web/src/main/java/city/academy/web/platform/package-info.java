/**
 * What every page shares: the REST clients to the services and how their failures become messages,
 * UK date formatting, and Faces start-up settings from MicroProfile Config.
 */
package city.academy.web.platform;
