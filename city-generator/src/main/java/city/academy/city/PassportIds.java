package city.academy.city;

/**
 * Passport identities: {@code OWA-} and 8 Crockford base32 characters (40 bits; no I, L, O, U).
 * The person's position in the stream is put through a seeded bijection on 40 bits, so ids look
 * random and are unique by construction.
 */
final class PassportIds {

  static final String PREFIX = "OWA-";
  static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final long MASK40 = (1L << 40) - 1;

  private PassportIds() {}

  static String of(long seed, int index) {
    long x = (index + SeedMix.mix(seed ^ 0x4F57415045525349L)) & MASK40;
    x = (x * 0x9E3779B97F4A7C15L) & MASK40; // odd multiplier: a bijection modulo 2^40
    x ^= x >>> 19;
    x = (x * 0xD6E8FEB86659FD93L) & MASK40;
    x ^= x >>> 21;
    char[] chars = new char[8];
    for (int i = 7; i >= 0; i--) {
      chars[i] = CROCKFORD.charAt((int) (x & 31));
      x >>>= 5;
    }
    return PREFIX + new String(chars);
  }
}
