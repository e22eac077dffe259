package city.academy.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Signing out (a POST from the header of every page): ends the session and its tokens. */
@Named
@RequestScoped
public class SignOutBacking {
  private static final Logger LOG = Logger.getLogger(SignOutBacking.class.getName());

  @Inject FacesContext faces;

  public String signOut() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String who = request.getRemoteUser();
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Sign-out: container logout failed: {0}", e.getMessage());
    }
    external.invalidateSession();
    LOG.log(Level.INFO, "Signed out: {0}", who);
    return "/login.xhtml?faces-redirect=true&signedOut=true";
  }
}
