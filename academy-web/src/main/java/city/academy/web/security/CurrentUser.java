package city.academy.web.security;

import city.academy.tokens.IssuedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The person signed in to this session, as the passport service described them at sign-in, and
 * the token the portal sends to the services on their behalf (reissued a minute before it
 * expires).
 *
 * <p>Both are plain session attributes, set again whenever they change: with the instances running
 * as a cluster the session lives in the data grid, which stores an attribute when it is set, so
 * whichever instance serves the next request finds the same person signed in ({@link
 * PortalAuthentication} tells the container who they are on every request). A bean that was only
 * changed in place would not be stored again.
 */
@Named
@RequestScoped
public class CurrentUser {
  static final String USER = "academy.signed-in-user";
  static final String TOKEN = "academy.service-token";

  @Inject TokenIssuer tokens;
  @Inject HttpServletRequest request;

  /** Remembers who signed in; forgets any token of an earlier person. */
  public void signIn(SignedInUser user) {
    HttpSession session = request.getSession(true);
    session.setAttribute(USER, user);
    session.removeAttribute(TOKEN);
  }

  /** Forgets the person and their token (another person is signing in over this session). */
  public void clear() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(USER);
      session.removeAttribute(TOKEN);
    }
  }

  /** The person signed in to the request's session, without making a session; {@code null} when nobody is. */
  static SignedInUser of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInUser) session.getAttribute(USER);
  }

  public boolean isSignedIn() {
    return getUser() != null;
  }

  /** The signed-in person; {@code null} when nobody is. */
  public SignedInUser getUser() {
    return of(request);
  }

  public String getDisplayName() {
    SignedInUser user = getUser();
    return user == null ? "" : user.displayName();
  }

  public boolean hasRole(String role) {
    SignedInUser user = getUser();
    return user != null && user.has(role);
  }

  public List<String> getRoles() {
    SignedInUser user = getUser();
    return user == null ? List.of() : user.roles();
  }

  /** "Staff Nurse, Northgate General Hospital" for each current post, joined by semicolons. */
  public String getPostsSummary() {
    SignedInUser user = getUser();
    if (user == null) {
      return "";
    }
    return user.posts().stream()
        .map(
            p ->
                p.jobRole() == null || p.jobRole().isBlank()
                    ? p.organisationName()
                    : p.jobRole() + ", " + p.organisationName())
        .collect(Collectors.joining("; "));
  }

  /** The names of the organisations where the person works, joined by commas. */
  public String getOrganisationNames() {
    SignedInUser user = getUser();
    if (user == null) {
      return "";
    }
    return user.posts().stream()
        .map(SignedInUser.Post::organisationName)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * A token for the services on this person's behalf.
   *
   * @throws IllegalStateException when nobody is signed in
   */
  public IssuedToken token() {
    SignedInUser user = getUser();
    if (user == null) {
      throw new IllegalStateException("Nobody is signed in to this session.");
    }
    HttpSession session = request.getSession(false);
    IssuedToken token = (IssuedToken) session.getAttribute(TOKEN);
    if (token == null || !token.usableAt(tokens.now())) {
      // two requests of one person at once may each issue one: both are good
      token = tokens.forPerson(user);
      session.setAttribute(TOKEN, token);
    }
    return token;
  }
}
