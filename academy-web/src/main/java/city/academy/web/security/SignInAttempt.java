package city.academy.web.security;

import city.academy.passport.api.PrincipalDto;
import jakarta.enterprise.context.RequestScoped;

/**
 * What happened when the identity store checked a password in this request, so the sign-in page
 * can say why it failed and keep the principal the passport service answered with.
 */
@RequestScoped
public class SignInAttempt {

  /** Why a sign-in did not succeed. */
  public enum Refusal {
    /** The passport service said the username or password is wrong. */
    INVALID_CREDENTIALS,
    /** The passport service could not be asked (down, unreachable, or no signing key). */
    SERVICE_UNAVAILABLE
  }

  private PrincipalDto principal;
  private Refusal refusal;

  void succeeded(PrincipalDto principal) {
    this.principal = principal;
    this.refusal = null;
  }

  void refused(Refusal refusal) {
    this.principal = null;
    this.refusal = refusal;
  }

  /** The principal of a successful check in this request, or {@code null}. */
  public PrincipalDto principal() {
    return principal;
  }

  /** Why the check failed, or {@code null} if it did not (or did not run). */
  public Refusal refusal() {
    return refusal;
  }
}
