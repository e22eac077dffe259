package city.academy.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A session the container still counts as signed in, but without the person the passport service
 * described (say after a redeploy), cannot speak to the services: end it and ask for sign-in again
 * rather than fail on every page.
 */
@WebFilter(filterName = "sessionGuard", urlPatterns = "*.xhtml")
public class SessionGuardFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRemoteUser() != null && request.getSession(false) != null && !currentUser.isSignedIn()) {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }
}
