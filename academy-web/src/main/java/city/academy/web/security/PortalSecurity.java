package city.academy.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How people sign in to the portal, and the roles it knows.
 *
 * <p><b>Embedded default</b>: {@link PortalAuthentication}, a form sign-in. The page {@code
 * /login.xhtml} calls {@code SecurityContext.authenticate(...)}; {@link PassportIdentityStore} asks
 * the passport service whether the password is right and who the person is. Anyone asking for a
 * protected page is redirected to the sign-in page and, once signed in, back to the page they
 * asked for. The session id is renewed at sign-in (see {@code LoginBacking}); the sign-in is kept in
 * the session only, so it survives the loss of the instance that served it.
 *
 * <p><b>Production: OpenID Connect.</b> Replace {@link PortalAuthentication} with
 *
 * <pre>{@code
 * @OpenIdAuthenticationMechanismDefinition(
 *     providerURI = "${oidcConfig.providerUri}",      // academy.oidc.provider-uri
 *     clientId = "${oidcConfig.clientId}",            // academy.oidc.client-id
 *     clientSecret = "${oidcConfig.clientSecret}",    // academy.oidc.client-secret (never in the repo)
 *     redirectURI = "${baseURL}/callback",
 *     claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username"))
 * }</pre>
 *
 * and drop {@link PassportIdentityStore}. The identity provider (the NHS or council IdP) then
 * checks the password; the portal, on the first request after the callback, asks the passport
 * service who the subject is (an endpoint that takes the IdP subject with the portal's system
 * token and answers the same {@code PrincipalDto}), keeps it in {@link CurrentUser} and issues the
 * service tokens exactly as now. The services do not change: they trust the portal's key only.
 * Payara reads the {@code ${oidcConfig.*}} expressions from a bean named {@code oidcConfig} that
 * reads MicroProfile Config; the keys above are set as environment variables in production
 * ({@code ACADEMY_OIDC_PROVIDER_URI} and so on).
 */
@DeclareRoles({
  PortalRole.STAFF,
  PortalRole.LINE_MANAGER,
  PortalRole.HR_ADMIN,
  PortalRole.PROVIDER,
  PortalRole.ACADEMY_ADMIN
})
@ApplicationScoped
public class PortalSecurity {}
