package city.academy.city;

/** SplitMix64 finaliser: turns (seed, index) into a well-spread per-item seed. */
final class SeedMix {

  private SeedMix() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long of(long seed, long index) {
    return mix(seed * 0x9E3779B97F4A7C15L + index);
  }
}
