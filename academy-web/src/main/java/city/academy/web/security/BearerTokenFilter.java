package city.academy.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds {@code Authorization: Bearer <token of the signed-in person>} to every call the portal makes
 * to a service, unless the call already carries one (the password check sends the system token).
 * Without a signed-in person nothing is added, and the service answers 401.
 */
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ClientRequestFilter {

  @Override
  public void filter(ClientRequestContext request) {
    if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
      return;
    }
    CurrentUser user;
    try {
      user = CDI.current().select(CurrentUser.class).get();
      if (!user.isSignedIn()) {
        return;
      }
    } catch (ContextNotActiveException e) {
      return; // not inside a browser session: nobody to speak for
    }
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, user.token().bearer());
  }
}
