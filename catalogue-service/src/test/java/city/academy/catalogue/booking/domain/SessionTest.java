package city.academy.catalogue.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.DeliveryMode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The booking engine's rules, on the session aggregate, without a database or a clock. */
class SessionTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime START = NOW.plusDays(14);
  final Course course = new Course("NGH", "Fire Safety Awareness", "", "Statutory and mandatory", BigDecimal.ONE,
      DeliveryMode.CLASSROOM, "All staff", "FIRE_SAFETY", "1");

  /** 10 places, 6 reserved for NGH, 4 open to partners; release at the start (never before it). */
  static SessionPlan plan(int capacity, int reserved) {
    return SessionPlan.of(START, START.plusHours(2), "Room 2", null, "Sam", capacity, reserved, START, null, null, false);
  }

  Session session(int capacity, int reserved) {
    return Session.schedule(course, plan(capacity, reserved), NOW);
  }

  static Learner ngh(int n) {
    return new Learner("NGH-" + n, "Nurse " + n, "NGH", "MGR-1");
  }

  static Learner partner(int n) {
    return new Learner("BWC-" + n, "Carer " + n, "BWC", "MGR-2");
  }

  @Nested
  class Scheduling {
    @Test
    void aSessionEndsAfterItStarts() {
      SessionPlan backwards = SessionPlan.of(START, START.minusHours(1), "Room", null, null, 10, 0, null, null, null, false);
      assertThatThrownBy(() -> Session.schedule(course, backwards, NOW))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endsAt").hasMessageContaining("ends after it starts");
      SessionPlan zeroLength = SessionPlan.of(START, START, "Room", null, null, 10, 0, null, null, null, false);
      assertThatThrownBy(() -> Session.schedule(course, zeroLength, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSessionCannotStartInThePast() {
      SessionPlan past = SessionPlan.of(NOW.minusMinutes(1), NOW.plusHours(1), "Room", null, null, 10, 0, null, null, null, false);
      assertThatThrownBy(() -> Session.schedule(course, past, NOW))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("startsAt").hasMessageContaining("past");
    }

    @Test
    void aSessionHasAtLeastOnePlace() {
      assertThatThrownBy(() -> session(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("capacity");
      assertThatThrownBy(() -> session(-5, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 place");
      assertThatThrownBy(() -> session(Session.CAPACITY_MAX + 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reservedPlacesFitInTheCapacity() {
      assertThatThrownBy(() -> session(10, 11))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reservedPlaces").hasMessageContaining("more than the 10 places");
      assertThatThrownBy(() -> session(10, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
      assertThat(session(10, 10).partnerPlaces()).isZero();
      assertThat(session(10, 6).partnerPlaces()).isEqualTo(4);
    }

    @Test
    void aSessionNeedsAVenueOrAnHttpsLink() {
      assertThatThrownBy(() -> Session.schedule(course, SessionPlan.of(START, START.plusHours(1), " ", null, null, 5, 0, null, null, null, false), NOW))
          .hasMessageContaining("venue or an online link");
      assertThatThrownBy(() -> Session.schedule(course, SessionPlan.of(START, START.plusHours(1), null, "ftp://x", null, 5, 0, null, null, null, false), NOW))
          .hasMessageStartingWith("onlineLink");
      assertThat(Session.schedule(course, SessionPlan.of(START, START.plusHours(1), null, "https://meet.example/x", null, 5, 0, null, null, null, false), NOW)
          .onlineLink()).isEqualTo("https://meet.example/x");
    }

    @Test
    void deadlinesComeBeforeTheStartAndHaveDefaults() {
      assertThatThrownBy(() -> Session.schedule(course, SessionPlan.of(START, START.plusHours(1), "Room", null, null, 5, 0, null, START.plusMinutes(1), null, false), NOW))
          .hasMessageStartingWith("bookingCutoffAt");
      assertThatThrownBy(() -> Session.schedule(course, SessionPlan.of(START, START.plusHours(1), "Room", null, null, 5, 0, null, null, START.plusMinutes(1), false), NOW))
          .hasMessageStartingWith("cancellationCutoffAt");
      assertThatThrownBy(() -> Session.schedule(course, SessionPlan.of(START, START.plusHours(1), "Room", null, null, 5, 0, START.plusDays(1), null, null, false), NOW))
          .hasMessageStartingWith("releaseAt");
      Session defaults = Session.schedule(course, SessionPlan.of(START, START.plusHours(1), "Room", null, null, 5, null, null, null, null, null), NOW);
      assertThat(defaults.bookingCutoffAt()).isEqualTo(START);
      assertThat(defaults.cancellationCutoffAt()).isEqualTo(START.minusHours(24));
      assertThat(defaults.releaseAt()).isEqualTo(START.minusDays(7));
      assertThat(defaults.reservedPlaces()).isZero();
      assertThat(defaults.approvalNeeded()).isFalse();
    }

    @Test
    void missingFieldsAreNamed() {
      assertThatThrownBy(() -> SessionPlan.of(null, START, "Room", null, null, 5, 0, null, null, null, false)).hasMessageStartingWith("startsAt");
      assertThatThrownBy(() -> SessionPlan.of(START, null, "Room", null, null, 5, 0, null, null, null, false)).hasMessageStartingWith("endsAt");
      assertThatThrownBy(() -> SessionPlan.of(START, START.plusHours(1), "Room", null, null, null, 0, null, null, null, false)).hasMessageStartingWith("capacity");
    }
  }

  @Nested
  class Booking_ {
    @Test
    void placesAreConfirmedUntilFullThenTheWaitlistFills() {
      Session session = session(3, 3);
      List<Booking> made = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        made.add(session.request(ngh(i), false, NOW));
      }
      assertThat(made).extracting(Booking::status).containsExactly(
          BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.WAITLISTED, BookingStatus.WAITLISTED);
      assertThat(made).extracting(Booking::queueNumber).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(session.confirmed()).isEqualTo(3);
      assertThat(session.freePlaces()).isZero();
      assertThat(session.waitlisted()).isEqualTo(2);
    }

    @Test
    void partnersTakeOnlyThePlacesOpenToPartners() {
      Session session = session(10, 6);
      List<Booking> partners = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        partners.add(session.request(partner(i), false, NOW));
      }
      assertThat(partners).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(4);
      assertThat(partners.get(4).status()).as("no partner place left, though the session is not full").isEqualTo(BookingStatus.WAITLISTED);
      assertThat(partners).allMatch(Booking::partner);
      assertThat(session.partnerConfirmed()).isEqualTo(4);
      // the running organisation's staff take the reserved places (and would take open ones too)
      for (int i = 1; i <= 7; i++) {
        session.request(ngh(i), false, NOW);
      }
      assertThat(session.ownerConfirmed()).isEqualTo(6);
      assertThat(session.confirmed()).isEqualTo(10);
      assertThat(session.waitlisted()).isEqualTo(3);
    }

    @Test
    void theRunningOrganisationsStaffMayTakeOpenPlacesToo() {
      Session session = session(4, 2);
      for (int i = 1; i <= 4; i++) {
        assertThat(session.request(ngh(i), false, NOW).status()).isEqualTo(BookingStatus.CONFIRMED);
      }
      assertThat(session.request(partner(1), false, NOW).status()).isEqualTo(BookingStatus.WAITLISTED);
    }

    @Test
    void afterTheReleaseDateUnfilledReservedPlacesAreOpenToEveryone() {
      SessionPlan plan = SessionPlan.of(START, START.plusHours(2), "Room", null, null, 4, 3, NOW.plusDays(7), null, null, false);
      Session session = Session.schedule(course, plan, NOW);
      assertThat(session.request(partner(1), false, NOW).status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(session.request(partner(2), false, NOW).status()).isEqualTo(BookingStatus.WAITLISTED);
      assertThat(session.placesReleased()).isFalse();
      OffsetDateTime afterRelease = NOW.plusDays(8);
      assertThat(session.placesOpenToEveryone(afterRelease)).isTrue();
      assertThat(session.request(partner(3), false, afterRelease).status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(session.placesReleased()).isTrue();
      assertThat(session.partnerConfirmed()).isEqualTo(2);
    }

    @Test
    void atTheReleaseThoseAlreadyWaitingComeFirst() {
      SessionPlan plan = SessionPlan.of(START, START.plusHours(2), "Room", null, null, 3, 2, NOW.plusDays(7), null, null, false);
      Session session = Session.schedule(course, plan, NOW);
      session.request(partner(1), false, NOW);
      Booking waiting = session.request(partner(2), false, NOW);
      OffsetDateTime afterRelease = NOW.plusDays(8);
      assertThat(session.releaseDue(NOW)).isFalse();
      assertThat(session.releaseDue(afterRelease)).isTrue();
      assertThat(session.mayPromote(afterRelease)).isTrue();
      assertThat(session.promote(List.of(waiting), afterRelease)).containsExactly(waiting);
      assertThat(session.releaseDue(afterRelease)).isFalse();
      assertThat(session.partnerConfirmed()).isEqualTo(2);
    }

    @Test
    void aCancelledSessionCannotBeBooked() {
      Session session = session(5, 0);
      session.cancel("Trainer ill", List.of(), NOW);
      assertThatThrownBy(() -> session.request(ngh(1), false, NOW))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("cancelled");
    }

    @Test
    void aPastOrStartedSessionCannotBeBooked() {
      Session session = session(5, 0);
      assertThatThrownBy(() -> session.request(ngh(1), false, START))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("can no longer be booked");
      assertThatThrownBy(() -> session.request(ngh(1), false, START.plusDays(3)))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bookingClosesAtTheCutoff() {
      SessionPlan plan = SessionPlan.of(START, START.plusHours(2), "Room", null, null, 5, 0, null, START.minusDays(2), null, false);
      Session session = Session.schedule(course, plan, NOW);
      assertThat(session.request(ngh(1), false, START.minusDays(2).minusSeconds(1)).status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThatThrownBy(() -> session.request(ngh(2), false, START.minusDays(2)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("Booking for this session closed");
    }

    @Test
    void onePersonBooksOnce() {
      Session session = session(5, 0);
      session.request(ngh(1), false, NOW);
      assertThatThrownBy(() -> session.request(ngh(1), true, NOW))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already have a booking");
      assertThat(session.confirmed()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestWritesNothing() {
      Session session = session(1, 0);
      session.request(ngh(1), false, NOW);
      long nextBefore = session.request(ngh(2), false, NOW).queueNumber();
      assertThatThrownBy(() -> session.request(ngh(3), true, NOW)).isInstanceOf(IllegalStateException.class);
      assertThat(session.request(ngh(4), false, NOW).queueNumber()).isEqualTo(nextBefore + 1);
      assertThat(session.waitlisted()).isEqualTo(2);
    }
  }

  @Nested
  class Approval {
    Session needsApproval(int capacity) {
      return Session.schedule(course, SessionPlan.of(START, START.plusHours(2), "Room", null, null, capacity, 0, null, null, null, true), NOW);
    }

    @Test
    void aRequestWaitsForTheLineManagerAndHoldsNoPlace() {
      Session session = needsApproval(1);
      Booking booking = session.request(ngh(1), false, NOW);
      assertThat(booking.status()).isEqualTo(BookingStatus.AWAITING_APPROVAL);
      assertThat(booking.lineManagerPersonId()).isEqualTo("MGR-1");
      assertThat(session.confirmed()).isZero();
    }

    @Test
    void withoutALineManagerTheRequestIsRefused() {
      Session session = needsApproval(1);
      assertThatThrownBy(() -> session.request(new Learner("P-1", "Ann", "NGH", null), false, NOW))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("no line manager is recorded");
    }

    @Test
    void approvedRequestsAreConfirmedOrWaitlistedInTheOrderOfApproval() {
      Session session = needsApproval(1);
      Booking first = session.request(ngh(1), false, NOW);
      Booking second = session.request(ngh(2), false, NOW);
      session.approve(second, "MGR-1", "Go ahead", NOW.plusHours(1));
      session.approve(first, "MGR-1", null, NOW.plusHours(2));
      assertThat(second.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(second.note()).isEqualTo("Go ahead");
      assertThat(first.status()).isEqualTo(BookingStatus.WAITLISTED);
      assertThatThrownBy(() -> session.approve(first, "MGR-1", null, NOW)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not waiting for approval");
    }

    @Test
    void aRefusalEndsTheRequest() {
      Session session = needsApproval(3);
      Booking booking = session.request(ngh(1), false, NOW);
      session.refuse(booking, "MGR-1", "Not this quarter", NOW);
      assertThat(booking.status()).isEqualTo(BookingStatus.REFUSED);
      assertThat(booking.status().isActive()).isFalse();
      assertThat(session.confirmed()).isZero();
    }

    @Test
    void noDecisionOnceTheSessionHasStartedOrWasCancelled() {
      Session session = needsApproval(3);
      Booking booking = session.request(ngh(1), false, NOW);
      assertThatThrownBy(() -> session.approve(booking, "MGR-1", null, START)).isInstanceOf(IllegalStateException.class);
      session.cancel(null, List.of(booking), NOW);
      assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
      assertThatThrownBy(() -> session.approve(booking, "MGR-1", null, NOW)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Cancelling {
    @Test
    void aLearnerCancelsBeforeTheCutoffAndTheFirstWaitingPersonGetsThePlace() {
      Session session = session(2, 2);
      Booking a = session.request(ngh(1), false, NOW);
      session.request(ngh(2), false, NOW);
      Booking c = session.request(ngh(3), false, NOW);
      Booking d = session.request(ngh(4), false, NOW);
      assertThat(session.cancelBooking(a, Canceller.LEARNER, null, NOW.plusDays(1))).isTrue();
      assertThat(a.status()).isEqualTo(BookingStatus.CANCELLED);
      assertThat(a.cancelledBy()).isEqualTo(Canceller.LEARNER);
      assertThat(session.mayPromote(NOW.plusDays(1))).isTrue();
      List<Booking> promoted = session.promote(List.of(c, d), NOW.plusDays(1));
      assertThat(promoted).containsExactly(c);
      assertThat(c.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(d.status()).isEqualTo(BookingStatus.WAITLISTED);
      assertThat(session.confirmed()).isEqualTo(2);
      assertThat(session.waitlisted()).isEqualTo(1);
    }

    @Test
    void aFreedPlaceGoesToTheFirstPersonWhoMayTakeIt() {
      Session session = session(3, 2);
      Booking partnerIn = session.request(partner(1), false, NOW);
      Booking nghIn = session.request(ngh(1), false, NOW);
      session.request(ngh(2), false, NOW);
      Booking partnerWaiting = session.request(partner(2), false, NOW);
      Booking nghWaiting = session.request(ngh(3), false, NOW);
      Booking partnerWaiting2 = session.request(partner(3), false, NOW);
      // a reserved place frees: the partner ahead in the queue may not take it; the NGH nurse behind may
      session.cancelBooking(nghIn, Canceller.PROVIDER, "Rota", NOW);
      assertThat(session.promote(List.of(partnerWaiting, nghWaiting, partnerWaiting2), NOW)).containsExactly(nghWaiting);
      assertThat(partnerWaiting.status()).isEqualTo(BookingStatus.WAITLISTED);
      // the partner place frees: the first partner in the queue takes it
      session.cancelBooking(partnerIn, Canceller.LEARNER, null, NOW);
      assertThat(session.promote(List.of(partnerWaiting, partnerWaiting2), NOW)).containsExactly(partnerWaiting);
      assertThat(partnerWaiting2.status()).isEqualTo(BookingStatus.WAITLISTED);
      assertThat(session.partnerConfirmed()).isEqualTo(1);
      assertThat(session.confirmed()).isEqualTo(3);
    }

    @Test
    void nobodyIsPromotedOnceTheSessionHasStarted() {
      Session session = session(1, 0);
      Booking in = session.request(ngh(1), false, NOW);
      Booking waiting = session.request(ngh(2), false, NOW);
      session.cancelBooking(in, Canceller.PROVIDER, null, START.plusMinutes(5));
      assertThat(session.mayPromote(START.plusMinutes(5))).isFalse();
      assertThat(session.promote(List.of(waiting), START.plusMinutes(5))).isEmpty();
    }

    @Test
    void cancellingAfterTheCutoffIsRefusedForTheLearnerButNotTheProvider() {
      SessionPlan plan = SessionPlan.of(START, START.plusHours(2), "Room", null, null, 5, 0, null, null, START.minusDays(3), false);
      Session session = Session.schedule(course, plan, NOW);
      Booking booking = session.request(ngh(1), false, NOW);
      OffsetDateTime late = START.minusDays(2);
      assertThatThrownBy(() -> session.cancelBooking(booking, Canceller.LEARNER, null, late))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("Cancellations for this session closed");
      assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(session.confirmed()).isEqualTo(1);
      assertThat(session.cancelBooking(booking, Canceller.PROVIDER, "Asked by phone", late)).isTrue();
      assertThat(booking.note()).isEqualTo("Asked by phone");
    }

    @Test
    void aWaitingLearnerMayWithdrawAfterTheCutoff() {
      SessionPlan plan = SessionPlan.of(START, START.plusHours(2), "Room", null, null, 1, 0, null, null, START.minusDays(3), false);
      Session session = Session.schedule(course, plan, NOW);
      session.request(ngh(1), false, NOW);
      Booking waiting = session.request(ngh(2), false, NOW);
      assertThat(session.cancelBooking(waiting, Canceller.LEARNER, null, START.minusDays(1))).isFalse();
      assertThat(session.waitlisted()).isZero();
    }

    @Test
    void aBookingIsCancelledOnce() {
      Session session = session(5, 0);
      Booking booking = session.request(ngh(1), false, NOW);
      session.cancelBooking(booking, Canceller.LEARNER, null, NOW);
      assertThatThrownBy(() -> session.cancelBooking(booking, Canceller.LEARNER, null, NOW))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already cancelled");
      assertThat(session.confirmed()).isZero();
    }

    @Test
    void aBookingOfAnotherSessionIsRefused() {
      Session one = session(5, 0);
      Session other = session(5, 0);
      Booking booking = other.request(ngh(1), false, NOW);
      assertThatThrownBy(() -> one.cancelBooking(booking, Canceller.PROVIDER, null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancellingTheSessionCancelsEveryActiveBooking() {
      Session session = session(1, 0);
      Booking confirmed = session.request(ngh(1), false, NOW);
      Booking waiting = session.request(ngh(2), false, NOW);
      List<Booking> cancelled = session.cancel("Room flooded", List.of(confirmed, waiting), NOW);
      assertThat(cancelled).containsExactly(confirmed, waiting);
      assertThat(cancelled).allMatch(b -> b.status() == BookingStatus.CANCELLED && b.cancelledBy() == Canceller.PROVIDER);
      assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
      assertThat(session.cancellationReason()).isEqualTo("Room flooded");
      assertThat(session.confirmed()).isZero();
      assertThat(session.waitlisted()).isZero();
      assertThatThrownBy(() -> session.cancel(null, List.of(), NOW)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> session.change(plan(5, 0), NOW)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Changing {
    @Test
    void capacityCannotDropBelowTheConfirmedPlaces() {
      Session session = session(5, 0);
      for (int i = 1; i <= 4; i++) {
        session.request(ngh(i), false, NOW);
      }
      assertThatThrownBy(() -> session.change(plan(3, 0), NOW))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("4 people hold confirmed places").hasMessageContaining("at least 4 places, not 3");
      assertThat(session.capacity()).isEqualTo(5);
      session.change(plan(4, 0), NOW);
      assertThat(session.capacity()).isEqualTo(4);
    }

    @Test
    void partnersHoldingPlacesKeepThem() {
      Session session = session(10, 6);
      for (int i = 1; i <= 3; i++) {
        session.request(partner(i), false, NOW);
      }
      assertThatThrownBy(() -> session.change(plan(10, 8), NOW))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("3 people from other partners");
      session.change(plan(10, 7), NOW);
      assertThat(session.partnerPlaces()).isEqualTo(3);
    }

    @Test
    void morePlacesGoToTheWaitlist() {
      Session session = session(1, 0);
      session.request(ngh(1), false, NOW);
      Booking waiting = session.request(ngh(2), false, NOW);
      session.change(plan(2, 0), NOW);
      assertThat(session.mayPromote(NOW)).isTrue();
      assertThat(session.promote(List.of(waiting), NOW)).containsExactly(waiting);
    }

    @Test
    void aStartedSessionCannotBeChanged() {
      Session session = session(5, 0);
      assertThatThrownBy(() -> session.change(plan(6, 0), START.plusMinutes(1))).isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Attendance_ {
    @Test
    void attendanceIsMarkedOnceTheSessionHasStarted() {
      Session session = session(5, 0);
      Booking booking = session.request(ngh(1), false, NOW);
      assertThatThrownBy(() -> session.markAttendance(booking, Attendance.ATTENDED, "provider", NOW))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("once the session has started");
      assertThat(session.markAttendance(booking, Attendance.ATTENDED, "provider", START.plusMinutes(5))).isFalse();
      assertThat(booking.attendance()).isEqualTo(Attendance.ATTENDED);
    }

    @Test
    void aCompletionIsReportedOnceAndIsFinal() {
      Session session = session(5, 0);
      Booking booking = session.request(ngh(1), false, NOW);
      OffsetDateTime after = START.plusHours(3);
      assertThat(session.markAttendance(booking, Attendance.COMPLETED, "provider", after)).isTrue();
      assertThat(session.markAttendance(booking, Attendance.COMPLETED, "provider", after)).as("no second hand-off").isFalse();
      assertThatThrownBy(() -> session.markAttendance(booking, Attendance.DID_NOT_ATTEND, "provider", after))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already marked completed");
      assertThatThrownBy(() -> session.cancelBooking(booking, Canceller.PROVIDER, null, START.plusMinutes(10)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("Attendance has been marked");
    }

    @Test
    void onlyConfirmedPlacesHaveAttendance() {
      Session session = session(1, 0);
      session.request(ngh(1), false, NOW);
      Booking waiting = session.request(ngh(2), false, NOW);
      assertThatThrownBy(() -> session.markAttendance(waiting, Attendance.ATTENDED, "provider", START.plusMinutes(5)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a confirmed place");
    }
  }

  @Nested
  class PlaceForTheSearch {
    @Test
    void theRunningOrganisationsStaffMayTakeAnyFreePlacePartnersOnlyOpenOnes() {
      Session session = session(3, 2);
      assertThat(session.hasPlaceFor(java.util.Set.of("NGH"), NOW)).isTrue();
      assertThat(session.hasPlaceFor(java.util.Set.of("BWC"), NOW)).isTrue();
      session.request(partner(1), false, NOW);
      assertThat(session.hasPlaceFor(java.util.Set.of("BWC"), NOW)).as("the one open place is taken").isFalse();
      assertThat(session.hasPlaceFor(java.util.Set.of("BWC", "NGH"), NOW)).isTrue();
      assertThat(session.hasPlaceFor(java.util.Set.of(), NOW)).isFalse();
      session.request(ngh(1), false, NOW);
      session.request(ngh(2), false, NOW);
      assertThat(session.hasPlaceFor(java.util.Set.of("NGH"), NOW)).as("full").isFalse();
    }

    @Test
    void fromTheReleaseDatePartnersMayTakeReservedPlaces() {
      Session session = Session.schedule(course,
          SessionPlan.of(START, START.plusHours(2), "Room 2", null, "Sam", 3, 2, START.minusDays(2), null, null, false), NOW);
      session.request(partner(1), false, NOW);
      assertThat(session.hasPlaceFor(java.util.Set.of("BWC"), NOW)).isFalse();
      assertThat(session.hasPlaceFor(java.util.Set.of("BWC"), START.minusDays(1))).isTrue();
      assertThat(session.hasPlaceFor(java.util.Set.of("NGH"), START.plusMinutes(1))).as("started").isFalse();
    }

    @Test
    void notAfterTheBookingCutOffNorOnACancelledSession() {
      Session session = Session.schedule(course,
          SessionPlan.of(START, START.plusHours(2), "Room 2", null, "Sam", 3, 2, START, START.minusDays(1), null, false), NOW);
      assertThat(session.hasPlaceFor(java.util.Set.of("NGH"), START.minusHours(1))).isFalse();
      session.cancel("Trainer ill", List.of(), NOW);
      assertThat(session.hasPlaceFor(java.util.Set.of("NGH"), NOW)).isFalse();
    }
  }
}
