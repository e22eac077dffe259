package city.academy.catalogue.booking.application;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.booking.domain.Booking;
import city.academy.catalogue.booking.domain.Learner;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.booking.domain.SessionPlan;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.DeliveryMode;
import city.academy.catalogue.message.application.Messages;
import city.academy.catalogue.message.domain.Message;
import city.academy.catalogue.message.domain.MessageKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reminder says: the course, when (London), where or how to join, and how to cancel. */
class ReminderNoticeTest {
  static final OffsetDateTime BOOKED = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime START = OffsetDateTime.of(2026, 7, 2, 8, 30, 0, 0, ZoneOffset.UTC); // 09:30 BST
  static final String PAGE = "https://academy.example/bookings.xhtml";

  final Course course = new Course("NGH", "Fire Safety Awareness", "", "Statutory and mandatory", BigDecimal.ONE,
      DeliveryMode.CLASSROOM, "All staff", "FIRE_SAFETY", "1");
  final List<Message> left = new ArrayList<>();
  final Notices notices = new Notices(new Messages() {
    @Override
    public Message leave(String personId, MessageKind kind, String subject, String text, Long sessionId, Long bookingId) {
      Message m = new Message(personId, kind, subject, text, sessionId, bookingId, BOOKED);
      left.add(m);
      return m;
    }
  });

  Booking booking(String venue, String link, OffsetDateTime ends) {
    Session session = Session.schedule(course, SessionPlan.of(START, ends, venue, link, "Sam Patel", 10, 0, null, null, null, false), BOOKED);
    return session.request(new Learner("OWA-1", "Ann Jones", "NGH", null), false, BOOKED);
  }

  @Test
  void aClassroomSessionSaysWhenAndWhereAndHowToCancelInTime() {
    notices.reminder(booking("Education Centre, Room 2", null, START.plusHours(2)), PAGE, START.minusDays(2));
    Message m = left.get(0);
    assertThat(m.kind()).isEqualTo(MessageKind.SESSION_REMINDER);
    assertThat(m.personId()).isEqualTo("OWA-1");
    assertThat(m.subject()).isEqualTo("Reminder: Fire Safety Awareness on Thu 2 Jul 2026, 09:30");
    assertThat(m.text())
        .contains("you have a place on Fire Safety Awareness.")
        .contains("When: Thu 2 Jul 2026, 09:30 to 11:30 (London time).")
        .contains("Where: Education Centre, Room 2.")
        .contains("Trainer: Sam Patel.")
        .contains("If you cannot come, please cancel your place by Wed 1 Jul 2026, 09:30 so that someone else can have it.")
        .contains(PAGE)
        .doesNotContain("online");
  }

  @Test
  void anOnlineSessionGivesItsLinkAndALateReminderSaysWhomToTell() {
    notices.reminder(booking(null, "https://meet.academy.local/fire", START.plusDays(1).plusHours(6)), PAGE, START.minusHours(12));
    assertThat(left.get(0).text())
        .contains("When: Thu 2 Jul 2026, 09:30 to Fri 3 Jul 2026, 15:30 (London time).")
        .contains("Where: online. Join here: https://meet.academy.local/fire")
        .contains("please tell the course provider, NGH, as soon as you can: cancelling online closed on Wed 1 Jul 2026, 09:30.")
        .contains(PAGE);
  }

  @Test
  void aSessionWithARoomAndALinkGivesBoth() {
    notices.reminder(booking("Room 2", "https://meet.academy.local/fire", START.plusHours(1)), PAGE, START.minusDays(2));
    assertThat(left.get(0).text()).contains("Where: Room 2.").contains("You can also join online: https://meet.academy.local/fire");
  }
}
