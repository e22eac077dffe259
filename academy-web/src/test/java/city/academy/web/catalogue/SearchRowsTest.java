package city.academy.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.api.MomentDto;
import city.academy.catalogue.api.SessionDto;
import city.academy.catalogue.api.SessionSearchHitDto;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRowsTest {

  static MomentDto moment(String utc) {
    OffsetDateTime at = OffsetDateTime.parse(utc);
    return new MomentDto(at, at.atZoneSameInstant(ZoneId.of("Europe/London")).toOffsetDateTime());
  }

  static SessionSearchHitDto hit(int free, boolean placeForYou) {
    SessionDto s = new SessionDto(7, 3, "Fire Safety Awareness", "NGH", moment("2026-11-23T09:30:00Z"), moment("2026-11-23T10:30:00Z"),
        "Education Centre", null, "Sam Patel", 20, 0, 20, moment("2026-11-16T09:30:00Z"), false, moment("2026-11-23T09:30:00Z"),
        moment("2026-11-22T09:30:00Z"), false, "SCHEDULED", null, 20 - free, 0, 20 - free, 0, free);
    return new SessionSearchHitDto(s, "Fire", "Safety", BigDecimal.ONE, "CLASSROOM", "FIRE_SAFETY", "1", placeForYou);
  }

  @Test
  void aRowLeadsToTheCourseAndSaysWhenInLondonTime() {
    SearchRows.Row row = SearchRows.row(hit(3, true), List.of("CH1"));
    assertThat(row.courseId()).isEqualTo(3);
    assertThat(row.course()).isEqualTo("Fire Safety Awareness");
    assertThat(row.when()).isEqualTo("Mon 23 Nov 2026, 09:30 to 10:30");
    assertThat(row.places()).isEqualTo("3 of 20 places left: you can take one.");
  }

  @Test
  void withoutAPlaceForYouThePlacesSayWhy() {
    assertThat(SearchRows.places(hit(0, false), List.of("CH1"))).startsWith("0 of 20 places left: you would join the waitlist");
    assertThat(SearchRows.places(hit(3, false), List.of("CH1"))).isEqualTo("3 of 20 places left: booking has closed.");
  }

  @Test
  void blankFiltersMeanAny() {
    assertThat(SearchRows.clean("  ")).isNull();
    assertThat(SearchRows.clean(" fire ")).isEqualTo("fire");
    assertThat(SearchRows.code("ngh")).isEqualTo("NGH");
    assertThat(SearchRows.ticked("on")).isTrue();
    assertThat(SearchRows.ticked("true")).isTrue();
    assertThat(SearchRows.ticked(null)).isFalse();
    assertThat(SearchRows.ticked("no")).isFalse();
  }
}
