package city.academy.catalogue.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.catalogue.course.domain.DeliveryMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 20, 10, 0, 0, 0, ZoneOffset.UTC);

  static SearchCriteria parse(String q, String subject, String provider, String from, String to, String mode, String available) {
    return SearchCriteria.parse(q, subject, provider, from, to, mode, available, Set.of("NGH"), NOW);
  }

  @Test
  void nothingGivenMeansEveryUpcomingSession() {
    SearchCriteria c = parse(null, "", " ", null, null, null, null);
    assertThat(c.words()).isEmpty();
    assertThat(c.subjectCode()).isNull();
    assertThat(c.providerCode()).isNull();
    assertThat(c.startsFrom()).isEqualTo(NOW);
    assertThat(c.startsBefore()).isNull();
    assertThat(c.mode()).isNull();
    assertThat(c.availableOnly()).isFalse();
    assertThat(c.matchesNothing()).isFalse();
  }

  @Test
  void wordsAreLowerCasedAndCodesUpperCased() {
    SearchCriteria c = parse("  Fire   SAFETY fire ", "fire_safety", "ngh", null, null, "e-learning", "TRUE");
    assertThat(c.words()).containsExactly("fire", "safety");
    assertThat(c.subjectCode()).isEqualTo("FIRE_SAFETY");
    assertThat(c.providerCode()).isEqualTo("NGH");
    assertThat(c.mode()).isEqualTo(DeliveryMode.E_LEARNING);
    assertThat(c.availableOnly()).isTrue();
  }

  @Test
  void londonDaysBecomeUtcBoundsAcrossTheClockChange() {
    // 29 March 2026 the clocks go forward: the 30th starts at 23:00 UTC on the 29th
    SearchCriteria c = parse(null, null, null, "2026-03-28", "2026-03-29", null, null);
    assertThat(c.startsFrom()).isEqualTo(OffsetDateTime.of(2026, 3, 28, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(c.startsBefore()).isEqualTo(OffsetDateTime.of(2026, 3, 29, 23, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aFirstDayInThePastMeansFromNow() {
    SearchCriteria c = parse(null, null, null, "2026-01-01", null, null, null);
    assertThat(c.startsFrom()).isEqualTo(NOW);
    assertThat(parse(null, null, null, "2026-01-01", "2026-02-01", null, null).matchesNothing()).isTrue();
  }

  @Test
  void placesForNobodyMatchNothing() {
    SearchCriteria c = SearchCriteria.parse(null, null, null, null, null, null, "true", Set.of(), NOW);
    assertThat(c.matchesNothing()).isTrue();
  }

  @Test
  void badInputIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> parse(null, null, null, "2026-13-01", null, null, null)).hasMessageStartingWith("from:");
    assertThatThrownBy(() -> parse(null, null, null, null, "tomorrow", null, null)).hasMessageStartingWith("to:");
    assertThatThrownBy(() -> parse(null, null, null, "2026-05-02", "2026-05-01", null, null)).hasMessageStartingWith("to:");
    assertThatThrownBy(() -> parse(null, null, null, null, null, "ONLINE", null)).hasMessageStartingWith("mode:");
    assertThatThrownBy(() -> parse(null, null, null, null, null, null, "yes")).hasMessageStartingWith("available:");
    assertThatThrownBy(() -> parse(null, "fire safety", null, null, null, null, null)).hasMessageStartingWith("subject:");
    assertThatThrownBy(() -> parse(null, null, "N'GH", null, null, null, null)).hasMessageStartingWith("provider:");
    assertThatThrownBy(() -> parse("x".repeat(201), null, null, null, null, null, null)).hasMessageStartingWith("q:");
    assertThatThrownBy(() -> parse("a b c d e f g h i", null, null, null, null, null, null)).hasMessageStartingWith("q:");
  }
}
