package city.academy.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefresherPeriodsTest {

  @Test
  void monthsAreWrittenInYearsAndMonths() {
    assertThat(RefresherPeriods.describe(12)).isEqualTo("1 year");
    assertThat(RefresherPeriods.describe(36)).isEqualTo("3 years");
    assertThat(RefresherPeriods.describe(18)).isEqualTo("1 year 6 months");
    assertThat(RefresherPeriods.describe(1)).isEqualTo("1 month");
    assertThat(RefresherPeriods.describe(6)).isEqualTo("6 months");
    assertThat(RefresherPeriods.describe(null)).isEqualTo("Does not expire");
  }

  @Test
  void hoursAreWrittenWithoutNeedlessDecimals() {
    assertThat(RefresherPeriods.hours(1.0)).isEqualTo("1 hour");
    assertThat(RefresherPeriods.hours(1.5)).isEqualTo("1.5 hours");
    assertThat(RefresherPeriods.hours(3.0)).isEqualTo("3 hours");
  }
}
