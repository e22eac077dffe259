package city.academy.web.security;

/**
 * Names and fixed values of the token the portal signs, as the services expect them. Copied from
 * {@code city.academy.platform.security.TokenClaims} (see {@link PortalRole} for why); keep the two
 * in step.
 */
public final class PortalClaims {
  /** The issuer every service verifies ({@code mp.jwt.verify.issuer}). */
  public static final String ISSUER = city.academy.tokens.TokenSigner.ISSUER;
  /** The audience every service verifies ({@code mp.jwt.verify.audiences}). */
  public static final String AUDIENCE = city.academy.tokens.TokenSigner.AUDIENCE;
  /** Key id in the token header; the services' public key set names the same id. */
  public static final String KEY_ID = city.academy.tokens.TokenSigner.KEY_ID;

  public static final String UPN = "upn";
  public static final String GROUPS = "groups";
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

  private PortalClaims() {}
}
