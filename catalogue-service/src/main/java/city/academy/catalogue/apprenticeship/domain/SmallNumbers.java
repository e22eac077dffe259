package city.academy.catalogue.apprenticeship.domain;

/**
 * Small-number suppression of one published column of counts (docs/apprenticeships.md): a count
 * of 1 to 4 is hidden; if that leaves exactly one hidden cell, the smallest other cell (zero
 * included) is hidden too, so the column total cannot give it away; if the total itself is 1 to 4,
 * every cell is hidden.
 */
public final class SmallNumbers {
  /** Counts below this (and above zero) are never published. */
  public static final int THRESHOLD = 5;

  private SmallNumbers() {}

  /** @return for each cell, whether it must be hidden */
  public static boolean[] suppress(long[] counts) {
    boolean[] hidden = new boolean[counts.length];
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total > 0 && total < THRESHOLD) {
      java.util.Arrays.fill(hidden, true);
      return hidden;
    }
    int count = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && counts[i] < THRESHOLD) {
        hidden[i] = true;
        count++;
      }
    }
    if (count == 1 && counts.length > 1) {
      int smallest = -1;
      for (int i = 0; i < counts.length; i++) {
        if (!hidden[i] && (smallest < 0 || counts[i] < counts[smallest])) {
          smallest = i;
        }
      }
      hidden[smallest] = true;
    }
    return hidden;
  }
}
