package city.academy.catalogue.apprenticeship.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OtjPaceTest {
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate END = LocalDate.of(2027, 1, 1); // 365 days

  static OtjPace pace(long breakDays, ApprenticeStatus status, LocalDate asOf, String confirmed) {
    return OtjPace.of(START, END, 365, breakDays, status, asOf, new BigDecimal(confirmed), BigDecimal.ZERO);
  }

  @Test
  void expectedHoursGrowEvenlyOverThePlannedDays() {
    OtjPace p = pace(0, ApprenticeStatus.ACTIVE, START.plusDays(100), "90");
    assertThat(p.expectedToDate()).isEqualByComparingTo("100");
    assertThat(p.pace()).isEqualTo(OtjPace.Pace.ON_TRACK); // 90 is 90% of 100
    assertThat(pace(0, ApprenticeStatus.ACTIVE, START.plusDays(100), "89.99").pace()).isEqualTo(OtjPace.Pace.BEHIND);
  }

  @Test
  void aBreakPausesTheClock() {
    assertThat(pace(40, ApprenticeStatus.ACTIVE, START.plusDays(100), "0").expectedToDate()).isEqualByComparingTo("60");
  }

  @Test
  void theClockStopsAtThePlannedEnd() {
    assertThat(pace(0, ApprenticeStatus.ACTIVE, END.plusDays(50), "0").expectedToDate()).isEqualByComparingTo("365");
  }

  @Test
  void nothingIsDueInTheFirstWeekAndLeaversAreNotCounted() {
    assertThat(pace(0, ApprenticeStatus.ACTIVE, START.plusDays(6), "0").pace()).isEqualTo(OtjPace.Pace.NOT_DUE);
    assertThat(pace(0, ApprenticeStatus.WITHDRAWN, START.plusDays(100), "0").pace()).isEqualTo(OtjPace.Pace.FINISHED);
  }
}
