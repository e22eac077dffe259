package city.academy.catalogue.apprenticeship.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

  @Test
  void countsFromOneToFourAreHiddenAndZerosShown() {
    assertThat(SmallNumbers.suppress(new long[] {12, 3, 0, 4, 9})).containsExactly(false, true, false, true, false);
  }

  @Test
  void aLoneHiddenCellTakesTheSmallestOtherWithIt() {
    // 1 hidden; the total 20 would give it away, so the smallest other (zero) is hidden too
    assertThat(SmallNumbers.suppress(new long[] {14, 2, 0, 5})).containsExactly(false, true, true, false);
    assertThat(SmallNumbers.suppress(new long[] {14, 2, 6, 5})).containsExactly(false, true, false, true);
  }

  @Test
  void aTotalUnderFiveHidesEverything() {
    assertThat(SmallNumbers.suppress(new long[] {3, 0, 0})).containsExactly(true, true, true);
  }

  @Test
  void nothingToHideHidesNothing() {
    assertThat(SmallNumbers.suppress(new long[] {0, 0})).containsExactly(false, false);
    assertThat(SmallNumbers.suppress(new long[] {5, 7, 0})).containsExactly(false, false, false);
  }

  @Test
  void noHiddenCellCanBeWorkedOutFromTheTotal() {
    long[][] columns = {{1, 5, 6}, {4, 10, 0, 0}, {9, 1}, {2, 2, 20}, {5, 5, 1, 0, 0}, {8, 0, 3}};
    for (long[] counts : columns) {
      boolean[] hidden = SmallNumbers.suppress(counts);
      int hiddenCells = 0;
      for (boolean h : hidden) {
        hiddenCells += h ? 1 : 0;
      }
      assertThat(hiddenCells).as(java.util.Arrays.toString(counts)).isNotEqualTo(1);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0 && counts[i] < 5) {
          assertThat(hidden[i]).isTrue();
        }
      }
    }
  }
}
