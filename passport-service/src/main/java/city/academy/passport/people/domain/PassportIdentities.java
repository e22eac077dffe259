package city.academy.passport.people.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * New passport identities: {@code OWA-} and 8 Crockford base32 characters (40 random bits; no I,
 * L, O or U, so an identity read out over the phone is not mistaken). The same shape as the
 * identities of the people already on file.
 */
public final class PassportIdentities {
  static final String PREFIX = "OWA-";
  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final RandomGenerator RANDOM = new SecureRandom();

  private PassportIdentities() {}

  public static String next() {
    return of(RANDOM);
  }

  static String of(RandomGenerator random) {
    char[] chars = new char[8];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = CROCKFORD.charAt(random.nextInt(CROCKFORD.length()));
    }
    return PREFIX + new String(chars);
  }
}
