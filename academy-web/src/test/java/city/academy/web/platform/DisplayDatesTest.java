package city.academy.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {

  @Test
  void writesDatesTheUkWay() {
    assertThat(DisplayDates.format(LocalDate.of(2026, 11, 22))).isEqualTo("22 Nov 2026");
    assertThat(DisplayDates.format(LocalDate.of(2027, 1, 3))).isEqualTo("3 Jan 2027");
  }

  @Test
  void everyMonthHasThreeLetters() {
    // The JDK's en-GB data says "Sept"; the portal keeps every month to three letters.
    assertThat(DisplayDates.format(LocalDate.of(2026, 9, 1))).isEqualTo("1 Sep 2026");
    for (int month = 1; month <= 12; month++) {
      String text = DisplayDates.format(LocalDate.of(2026, month, 15));
      assertThat(text.split(" ")[1]).hasSize(3);
    }
  }

  @Test
  void instantsAreShownAsTheDateInLondon() {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    assertThat(DisplayDates.format(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026");
    // In winter London is on UTC.
    assertThat(DisplayDates.format(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("31 Dec 2026");
  }

  @Test
  void momentsAreShownInLondonWithTheTimeWhenAsked() {
    // 13:05 UTC in summer is 14:05 in London; the date can change too.
    assertThat(DisplayDates.formatDateTime(OffsetDateTime.parse("2026-06-30T13:05:00Z"))).isEqualTo("30 Jun 2026, 14:05");
    assertThat(DisplayDates.formatDateTime(OffsetDateTime.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026, 00:30");
    assertThat(DisplayDates.formatDateTime(OffsetDateTime.parse("2026-12-01T09:00:00+01:00"))).isEqualTo("1 Dec 2026, 08:00");
    assertThat(DisplayDates.format(OffsetDateTime.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026");
    assertThat(DisplayDates.formatDateTime(null)).isEmpty();
    assertThat(DisplayDates.format((OffsetDateTime) null)).isEmpty();
    assertThat(new DateConverter().getAsString(null, null, OffsetDateTime.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026");
  }

  @Test
  void nothingIsWrittenForNoDate() {
    assertThat(DisplayDates.format((LocalDate) null)).isEmpty();
    assertThat(DisplayDates.format((Instant) null)).isEmpty();
  }

  @Test
  void readsBackWhatItWrites() {
    assertThat(DisplayDates.parse("22 Nov 2026")).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(DisplayDates.parse(" 1 sep 2026 ")).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void converterWritesLocalDatesAndInstants() {
    DateConverter converter = new DateConverter();
    assertThat(converter.getAsString(null, null, LocalDate.of(2026, 11, 22))).isEqualTo("22 Nov 2026");
    assertThat(converter.getAsString(null, null, Instant.parse("2026-11-22T09:00:00Z"))).isEqualTo("22 Nov 2026");
    assertThat(converter.getAsString(null, null, null)).isEmpty();
    assertThat(converter.getAsObject(null, null, "22 Nov 2026")).isEqualTo(LocalDate.of(2026, 11, 22));
  }
}
