package city.academy.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;

/**
 * How the portal knows who is asking, on every request.
 *
 * <ul>
 *   <li>The sign-in form hands a username and password over {@code SecurityContext.authenticate}:
 *       {@link PassportIdentityStore} asks the passport service.
 *   <li>Any other request: the person {@link CurrentUser} keeps in the session, with the roles the
 *       passport service gave at sign-in, is handed to the container again. The session is the only
 *       place a sign-in is remembered, so a session replicated through the data grid is signed in on
 *       whichever instance serves it (the container's own memory of a sign-in is per instance).
 *   <li>Nobody, on a protected page: to the sign-in page, remembering the page (when it was
 *       opened, not posted to) so that {@code LoginBacking} can send them back to it once signed
 *       in. (Jakarta Security's {@code @LoginToContinue} cannot be used here: it sends every
 *       request without a sign-in of the container's own to the sign-in page before asking this
 *       mechanism.)
 * </ul>
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {
  /** Session attribute: the page a person asked for before they were sent to sign in. */
  static final String RETURN_TO = "academy.return-to";

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    SignedInUser user = CurrentUser.of(request);
    if (user != null) {
      return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), new LinkedHashSet<>(user.roles()));
    }
    if (context.isProtected()) {
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /**
   * Where to go after signing in: the page remembered for this session (forgotten once read), or
   * the home page. Only a path in this portal is followed, never another site.
   */
  static String returnTo(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object saved = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    String home = request.getContextPath() + "/index.xhtml";
    if (!(saved instanceof String path) || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")
        || path.contains("\\") || path.startsWith(request.getContextPath() + LOGIN_PAGE)) {
      return home;
    }
    return path;
  }
}
