package city.academy.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;

/**
 * Adds {@code Authorization: Bearer <token of the signed-in person>} to every call the portal makes
 * to a service, unless the call already carries one (the password check sends the system token).
 * Without a signed-in person nothing is added, and the service answers 401. Nor is anything added
 * to a call of a client method marked {@link PermitAll} (a public endpoint, such as checking a
 * signed passport): it is made anonymously, whoever is signed in.
 */
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ClientRequestFilter {

  /** The property MicroProfile Rest Client sets to the interface method being called. */
  static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

  @Override
  public void filter(ClientRequestContext request) {
    if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION) || isPublic(request.getProperty(INVOKED_METHOD))) {
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

  /** Whether the client method called is marked as a public endpoint's. */
  static boolean isPublic(Object invokedMethod) {
    return invokedMethod instanceof Method method && method.isAnnotationPresent(PermitAll.class);
  }
}
