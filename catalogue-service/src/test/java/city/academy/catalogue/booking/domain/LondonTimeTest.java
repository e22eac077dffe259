package city.academy.catalogue.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LondonTimeTest {

  @Test
  void localTimesAreLondonTimesOnEitherSideOfTheClockChange() {
    assertThat(LondonTime.parse("startsAt", "2026-07-01T09:30")).isEqualTo(OffsetDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC));
    assertThat(LondonTime.parse("startsAt", "2026-11-22T09:30")).isEqualTo(OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC));
    // the clocks go back at 02:00 BST on 25 October 2026: 01:30 happens twice; the first is meant
    assertThat(LondonTime.parse("startsAt", "2026-10-25T01:30")).isEqualTo(OffsetDateTime.of(2026, 10, 25, 0, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void timesWithAnOffsetOrZoneAreTakenAsGiven() {
    assertThat(LondonTime.parse("startsAt", "2026-07-01T09:30Z")).isEqualTo(OffsetDateTime.of(2026, 7, 1, 9, 30, 0, 0, ZoneOffset.UTC));
    assertThat(LondonTime.parse("startsAt", "2026-07-01T09:30+01:00")).isEqualTo(OffsetDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC));
    assertThat(LondonTime.parse("startsAt", "2026-07-01T09:30+01:00[Europe/London]")).isEqualTo(OffsetDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC));
    assertThat(LondonTime.parse("startsAt", " ")).isNull();
  }

  @Test
  void theSkippedHourAndNonsenseAreRefusedWithTheFieldName() {
    assertThatThrownBy(() -> LondonTime.parse("startsAt", "2026-03-29T01:30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("startsAt").hasMessageContaining("does not exist in London");
    assertThatThrownBy(() -> LondonTime.parse("endsAt", "next tuesday"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endsAt").hasMessageContaining("is not a time");
    assertThatThrownBy(() -> LondonTime.parse("endsAt", "2026-02-30T10:00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void londonReadsTheSameMomentWithThatDaysOffset() {
    OffsetDateTime summer = OffsetDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC);
    assertThat(LondonTime.inLondon(summer).toString()).isEqualTo("2026-07-01T09:30+01:00");
    assertThat(LondonTime.readable(summer)).isEqualTo("Wed 1 Jul 2026, 09:30");
    assertThat(LondonTime.inLondon(OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC)).toString()).isEqualTo("2026-11-22T09:30Z");
  }
}
