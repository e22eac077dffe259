/**
 * Who the caller is (from the signed token the portal sends) and the one place that decides
 * whether they may see an organisation's or a person's data.
 */
package city.academy.platform.security;
