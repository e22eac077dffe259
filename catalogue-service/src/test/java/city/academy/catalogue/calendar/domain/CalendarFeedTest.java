package city.academy.catalogue.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void onlyAHashOfTheSecretIsKept() {
    CalendarFeed.Issued issued = CalendarFeed.issue("P1", NOW);
    assertThat(CalendarFeed.looksLikeSecret(issued.secret())).isTrue();
    assertThat(issued.feed().secretHash()).hasSize(64).isEqualTo(CalendarFeed.hash(issued.secret())).doesNotContain(issued.secret());
    assertThat(CalendarFeed.issue("P1", NOW).secret()).isNotEqualTo(issued.secret());
    assertThat(issued.feed().live()).isTrue();
    issued.feed().revoke(NOW.plusHours(1));
    assertThat(issued.feed().live()).isFalse();
    assertThat(CalendarFeed.looksLikeSecret("X1")).isFalse();
    assertThat(CalendarFeed.looksLikeSecret("../" + "a".repeat(40))).isFalse();
  }
}
