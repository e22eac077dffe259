/**
 * Errors as RFC 9457 {@code application/problem+json}: one exception family per kind of problem,
 * one mapper each, a message a person can act on and never a stack trace.
 */
package city.academy.platform.problem;
