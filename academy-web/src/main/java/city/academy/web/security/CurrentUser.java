package city.academy.web.security;

import city.academy.tokens.IssuedToken;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The person signed in to this session, as the passport service described them at sign-in, and
 * the token the portal sends to the services on their behalf (reissued a minute before it
 * expires).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TokenIssuer tokens;

  private SignedInUser user;
  private IssuedToken token;

  /** Remembers who signed in; forgets any token of an earlier person. */
  public synchronized void signIn(SignedInUser user) {
    this.user = user;
    this.token = null;
  }

  /** Forgets the person and their token (another person is signing in over this session). */
  public synchronized void clear() {
    this.user = null;
    this.token = null;
  }

  public boolean isSignedIn() {
    return user != null;
  }

  /** The signed-in person; {@code null} when nobody is. */
  public SignedInUser getUser() {
    return user;
  }

  public String getDisplayName() {
    return user == null ? "" : user.displayName();
  }

  public boolean hasRole(String role) {
    return user != null && user.has(role);
  }

  public List<String> getRoles() {
    return user == null ? List.of() : user.roles();
  }

  /** "Staff Nurse, Northgate General Hospital" for each current post, joined by semicolons. */
  public String getPostsSummary() {
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
  public synchronized IssuedToken token() {
    if (user == null) {
      throw new IllegalStateException("Nobody is signed in to this session.");
    }
    if (token == null || !token.usableAt(tokens.now())) {
      token = tokens.forPerson(user);
    }
    return token;
  }
}
