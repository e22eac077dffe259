/**
 * The tokens the services accept, signed the one way: by the portal for a person or itself, by a
 * service for itself. See ADR 0003.
 */
package city.academy.tokens;
