/**
 * Sign-in accounts for the embedded default (passwords hashed with PBKDF2) and the roles they
 * grant. With OpenID Connect in production the identity provider checks passwords instead.
 */
package city.academy.passport.access;
