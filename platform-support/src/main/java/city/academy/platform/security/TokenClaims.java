package city.academy.platform.security;

/** Names of the claims the portal puts in the token, beside the standard MP-JWT ones. */
public final class TokenClaims {
  /** The issuer every service expects. */
  public static final String ISSUER = "https://academy.local/portal";
  /** Passport identity of the person ({@code sub} carries it too). */
  public static final String PERSON = "person";
  /** Display name. */
  public static final String NAME = "name";
  /** Organisation codes where the person currently works. */
  public static final String EMPLOYED_AT = "orgs";
  /** Organisation codes the person is HR admin of. */
  public static final String HR_ADMIN_OF = "hr_orgs";
  /** Organisation codes the person publishes courses for. */
  public static final String PROVIDER_FOR = "provider_orgs";

  private TokenClaims() {}
}
