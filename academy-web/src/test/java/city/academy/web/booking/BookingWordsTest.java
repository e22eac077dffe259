package city.academy.web.booking;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.MomentDto;
import city.academy.catalogue.api.SessionDto;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingWordsTest {

  static MomentDto moment(String utc) {
    OffsetDateTime at = OffsetDateTime.parse(utc);
    return new MomentDto(at, at.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toOffsetDateTime());
  }

  static SessionDto session(int capacity, int reserved, int ownerConfirmed, int partnerConfirmed, boolean released) {
    int confirmed = ownerConfirmed + partnerConfirmed;
    return new SessionDto(7, 3, "Fire Safety Awareness", "NGH", moment("2026-11-23T09:30:00Z"), moment("2026-11-23T10:30:00Z"),
        "Education Centre", null, "Sam Patel", capacity, reserved, capacity - reserved, moment("2026-11-16T09:30:00Z"), released,
        moment("2026-11-23T09:30:00Z"), moment("2026-11-22T09:30:00Z"), false, "SCHEDULED", null, confirmed, ownerConfirmed,
        partnerConfirmed, 2, capacity - confirmed);
  }

  static BookingDto booking(String status, Integer position) {
    return new BookingDto(1, 7, 3, "Fire Safety Awareness", "NGH", moment("2026-03-30T08:30:00Z"), moment("2026-03-30T15:30:00Z"),
        "OWA-1", "Amy Care", "BWC", true, status, position, null, null, null, null, null, null);
  }

  @Test
  void timesAreLondonTimeOnEitherSideOfTheClockChange() {
    // 29 March 2026: the clocks go forward. 09:30 UTC is 09:30 GMT before, 08:30 UTC is 09:30 BST after.
    assertThat(BookingWords.when(moment("2026-03-27T09:30:00Z"), moment("2026-03-27T16:30:00Z")))
        .isEqualTo("Fri 27 Mar 2026, 09:30 to 16:30");
    assertThat(BookingWords.when(moment("2026-03-30T08:30:00Z"), moment("2026-03-30T15:30:00Z")))
        .isEqualTo("Mon 30 Mar 2026, 09:30 to 16:30");
    assertThat(BookingWords.when(moment("2026-10-26T09:30:00Z"), null)).isEqualTo("Mon 26 Oct 2026, 09:30");
    assertThat(BookingWords.when(moment("2026-07-01T20:00:00Z"), moment("2026-07-02T08:00:00Z")))
        .isEqualTo("Wed 1 Jul 2026, 21:00 to Thu 2 Jul 2026, 09:00");
    assertThat(BookingWords.moment(moment("2026-07-01T08:30:00Z"))).isEqualTo("1 Jul 2026, 09:30");
    assertThat(BookingWords.moment(null)).isEmpty();
  }

  @Test
  void theRunningOrganisationsStaffMayTakeAnyFreePlacePartnersOnlyTheOpenOnes() {
    SessionDto partnersFull = session(10, 6, 2, 4, false);
    assertThat(BookingWords.placesFor(partnersFull, List.of("NGH"))).isEqualTo(4);
    assertThat(BookingWords.placesFor(partnersFull, List.of("BWC"))).isZero();
    assertThat(BookingWords.places(partnersFull, List.of("BWC")))
        .startsWith("4 of 10 places left, held for the running organisation's staff until 16 Nov 2026, 09:30")
        .endsWith("you would join the waitlist (2 waiting).");
    assertThat(BookingWords.places(partnersFull, List.of("NGH"))).isEqualTo("4 of 10 places left: you can take one.");
    assertThat(BookingWords.placesFor(session(10, 6, 2, 4, true), List.of("BWC"))).as("after the release date").isEqualTo(4);
    assertThat(BookingWords.placesFor(session(10, 6, 2, 1, false), List.of("BWC"))).isEqualTo(3);
    assertThat(BookingWords.places(session(2, 0, 1, 1, false), List.of("BWC"))).isEqualTo("0 of 2 places left: you would join the waitlist (2 waiting).");
  }

  @Test
  void statusesAndOutcomesInWords() {
    assertThat(BookingWords.status(booking("WAITLISTED", 3))).isEqualTo("On the waitlist, number 3");
    assertThat(BookingWords.status(booking("AWAITING_APPROVAL", null))).isEqualTo("Waiting for your line manager's approval");
    assertThat(BookingWords.status(booking("CONFIRMED", null))).isEqualTo("Confirmed");
    assertThat(BookingWords.outcome(booking("CONFIRMED", null)))
        .isEqualTo("Your place is confirmed: Fire Safety Awareness, Mon 30 Mar 2026, 09:30 to 16:30.");
    assertThat(BookingWords.outcome(booking("WAITLISTED", 2))).contains("on the waitlist at number 2");
    assertThat(BookingWords.outcome(booking("AWAITING_APPROVAL", null))).contains("waiting for your line manager's approval");
    assertThat(BookingWords.decision(booking("CONFIRMED", null))).startsWith("Amy Care's request for Fire Safety Awareness")
        .contains("is approved: the place is confirmed");
    assertThat(BookingWords.decision(booking("REFUSED", null))).contains("is refused");
    assertThat(BookingWords.active(booking("CANCELLED", null))).isFalse();
    assertThat(BookingWords.active(booking("WAITLISTED", 1))).isTrue();
  }

  @Test
  void bookingClosesAtTheCutOffOrWhenCancelled() {
    SessionDto s = session(10, 0, 0, 0, false);
    assertThat(BookingWords.closed(s, OffsetDateTime.of(2026, 11, 23, 9, 29, 0, 0, ZoneOffset.UTC))).isFalse();
    assertThat(BookingWords.closed(s, OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC))).isTrue();
  }
}
