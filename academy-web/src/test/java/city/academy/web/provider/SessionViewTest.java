package city.academy.web.provider;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.api.MomentDto;
import city.academy.catalogue.api.SessionDto;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionViewTest {

  static MomentDto moment(String utc) {
    OffsetDateTime at = OffsetDateTime.parse(utc);
    return new MomentDto(at, at.atZoneSameInstant(ZoneId.of("Europe/London")).toOffsetDateTime());
  }

  @Test
  void formFieldsHoldLondonWallClockTimesOnEitherSideOfTheClockChange() {
    assertThat(SessionView.localInput(moment("2026-03-28T09:30:00Z"))).isEqualTo("2026-03-28T09:30");
    assertThat(SessionView.localInput(moment("2026-03-30T08:30:00Z"))).isEqualTo("2026-03-30T09:30");
    assertThat(SessionView.localInput(null)).isEmpty();
  }

  @Test
  void placesSayWhoHoldsThemAndWhoWaits() {
    SessionDto s = new SessionDto(7, 3, "Fire Safety Awareness", "NGH", moment("2026-11-23T09:30:00Z"), moment("2026-11-23T10:30:00Z"),
        "Education Centre", null, "Sam Patel", 20, 14, 6, moment("2026-11-16T09:30:00Z"), false, moment("2026-11-23T09:30:00Z"),
        moment("2026-11-22T09:30:00Z"), true, "SCHEDULED", null, 12, 8, 4, 2, 8);
    assertThat(SessionView.places(s)).isEqualTo("12 of 20 places taken");
    assertThat(SessionView.detail(s)).isEqualTo("8 of our staff, 4 from partners (6 open to partners); 2 waiting");
    SessionView.Row row = SessionView.row(s, OffsetDateTime.parse("2026-11-01T00:00:00Z"));
    assertThat(row.started()).isFalse();
    assertThat(row.status()).isEqualTo("Scheduled");
    assertThat(SessionView.row(s, OffsetDateTime.parse("2026-11-23T09:30:00Z")).started()).isTrue();
  }
}
