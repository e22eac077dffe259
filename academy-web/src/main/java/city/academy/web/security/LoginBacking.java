package city.academy.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The sign-in form: hands the credentials to Jakarta Security and says why it failed. */
@Named
@RequestScoped
public class LoginBacking {
  static final String INVALID = "The username or password is not right.";
  static final String UNAVAILABLE = "Sign-in is not available just now; please try again in a minute.";

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject SignInAttempt attempt;
  @Inject CurrentUser currentUser;

  private String username;
  private String password;

  /** Someone already signed in who opens the sign-in page goes home instead. */
  public void redirectIfSignedIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (external.getRemoteUser() != null && currentUser.isSignedIn()) {
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
  }

  public String signIn() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();

    // Someone signing in over an existing sign-in (a second tab) starts again as the new person.
    if (request.getRemoteUser() != null) {
      try {
        request.logout();
        currentUser.clear();
      } catch (ServletException e) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UNAVAILABLE, null));
        return null;
      }
    }
    // Session fixation: whatever session id the browser brought, it is not the one that becomes
    // signed in. (The session, and the page the person asked for, are kept.)
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }

    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
    password = null;

    switch (status) {
      case SUCCESS:
        rememberPrincipal();
        // to the page first asked for, or home
        try {
          external.redirect(PortalAuthentication.returnTo(request));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
      case SEND_CONTINUE:
      case SEND_FAILURE:
      case NOT_DONE:
      default:
        String message =
            attempt.refusal() == SignInAttempt.Refusal.INVALID_CREDENTIALS ? INVALID : UNAVAILABLE;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
        return null;
    }
  }

  private void rememberPrincipal() {
    if (attempt.principal() != null) {
      currentUser.signIn(SignedInUser.of(attempt.principal()));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
