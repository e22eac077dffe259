package city.academy.web.security;

import city.academy.passport.api.AuthClient;
import city.academy.passport.api.PasswordCheckRequest;
import city.academy.passport.api.PrincipalDto;
import city.academy.web.platform.ServiceProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.LinkedHashSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a username and password by asking the passport service (with the portal's own system
 * token). The caller principal is the username; the groups are the roles the service answers with.
 * Nothing about passwords is held in the portal.
 */
@ApplicationScoped
public class PassportIdentityStore implements IdentityStore {
  private static final Logger LOG = Logger.getLogger(PassportIdentityStore.class.getName());

  /** Longest username and password the passport service accepts; longer ones cannot be right. */
  private static final int MAX_USERNAME = 64;
  private static final int MAX_PASSWORD = 200;

  @Inject @RestClient AuthClient auth;
  @Inject TokenIssuer tokens;
  @Inject SignInAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller() == null ? "" : login.getCaller().strip();
    String password = login.getPasswordAsString() == null ? "" : login.getPasswordAsString();
    if (username.isEmpty()
        || password.isEmpty()
        || username.length() > MAX_USERNAME
        || password.length() > MAX_PASSWORD) {
      attempt.refused(SignInAttempt.Refusal.INVALID_CREDENTIALS);
      return CredentialValidationResult.INVALID_RESULT;
    }
    try {
      PrincipalDto principal =
          auth.checkPassword(tokens.systemToken().bearer(), new PasswordCheckRequest(username, password));
      attempt.succeeded(principal);
      LOG.log(Level.INFO, "Signed in: {0}", principal.username());
      return new CredentialValidationResult(principal.username(), new LinkedHashSet<>(principal.roles()));
    } catch (ServiceProblem problem) {
      if (problem.status() == 401 || problem.status() == 400) {
        attempt.refused(SignInAttempt.Refusal.INVALID_CREDENTIALS);
        return CredentialValidationResult.INVALID_RESULT;
      }
      LOG.log(Level.WARNING, "Sign-in not possible: the passport service answered {0}: {1}",
          new Object[] {problem.status(), problem.getMessage()});
    } catch (RuntimeException e) {
      // Unreachable service (ProcessingException), no signing key, or anything else unexpected.
      LOG.log(Level.WARNING, "Sign-in not possible: {0}", String.valueOf(e));
    }
    attempt.refused(SignInAttempt.Refusal.SERVICE_UNAVAILABLE);
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }
}
