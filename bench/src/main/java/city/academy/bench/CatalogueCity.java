package city.academy.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A city-sized catalogue, generated from a seed and loaded with JDBC batches into the catalogue
 * service's own tables (migrated with its own Flyway scripts): courses spread over the city's
 * organisations (the big trusts run more), ten sessions a course over the next year, and confirmed
 * bookings on them (the counters on each session row agree with its booking rows, as the service
 * keeps them). Deterministic for a seed and a first day.
 */
final class CatalogueCity {
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Topics: the title's words, some of them a framework subject (for the subject filter). */
  static final String[][] TOPICS = {
    {"Fire Safety", "FIRE_SAFETY", "1"}, {"Safeguarding Adults", "SAFEGUARDING_ADULTS", "2"},
    {"Safeguarding Children", "SAFEGUARDING_CHILDREN", "2"}, {"Moving and Handling", "MOVING_HANDLING", "2"},
    {"Infection Prevention and Control", "INFECTION_PREVENTION", "2"}, {"Basic Life Support", "RESUSCITATION", "2"},
    {"Information Governance", "INFORMATION_GOVERNANCE", "1"}, {"Conflict Resolution", "CONFLICT_RESOLUTION", "1"},
    {"Equality and Diversity", "EQUALITY_DIVERSITY", "1"}, {"Health and Safety", "HEALTH_SAFETY", "1"},
    {"Preventing Radicalisation", "PREVENTING_RADICALISATION", "1"}, {"Oliver McGowan Tier 2", "OLIVER_MCGOWAN", "2"},
    {"Dementia Care", null, null}, {"Wound Care", null, null}, {"Diabetes Management", null, null},
    {"Medication Administration", null, null}, {"Mental Health First Aid", null, null}, {"End of Life Care", null, null},
    {"Falls Prevention", null, null}, {"Nutrition and Hydration", null, null}, {"Epilepsy Awareness", null, null},
    {"Autism Awareness", null, null}, {"Pressure Ulcer Prevention", null, null}, {"Catheter Care", null, null},
    {"Venepuncture", null, null}, {"Sepsis Recognition", null, null}, {"Stroke Care", null, null},
    {"Palliative Care", null, null}, {"Clinical Supervision", null, null}, {"Coaching Skills", null, null},
    {"Leading a Team", null, null}, {"Appraisal Skills", null, null}, {"Recruitment and Selection", null, null},
    {"Lone Working", null, null}, {"Oxygen Therapy", null, null}, {"Tracheostomy Care", null, null},
    {"Record Keeping", null, null}, {"Customer Care", null, null}, {"Managing Stress", null, null},
    {"Positive Behaviour Support", null, null}};
  static final String[] VARIANTS = {"Essentials", "Refresher", "Level 2", "Level 3", "Workshop", "Masterclass",
    "for Care Homes", "for Community Teams", "in Practice", "Update"};
  static final String[] EXTRA = {"practical", "scenarios", "case studies", "ward", "community", "home care",
    "assessment", "documentation", "teamwork", "escalation", "evidence", "reflection", "simulation", "policy"};
  static final String[] MODES = {"CLASSROOM", "CLASSROOM", "CLASSROOM", "VIRTUAL", "VIRTUAL", "E_LEARNING", "BLENDED"};
  static final String[] CATEGORIES = {"Statutory and mandatory", "Clinical skills", "Leadership", "Personal development"};

  /** Single words people search for: common ("care") to rare ("tracheostomy"). */
  static final String[] SEARCH_WORDS = {"care", "fire", "safeguarding", "dementia", "leading", "wound", "refresher",
    "tracheostomy", "sepsis", "workshop", "practical", "community", "handling", "autism", "simulation", "oxygen"};

  final List<String> organisations;
  final int courses;
  final int sessionsPerCourse;
  final LocalDate firstDay;
  final long seed;
  long bookings;
  long cancelledSessions;

  CatalogueCity(List<String> organisations, int courses, int sessionsPerCourse, LocalDate firstDay, long seed) {
    this.organisations = organisations;
    this.courses = courses;
    this.sessionsPerCourse = sessionsPerCourse;
    this.firstDay = firstDay;
    this.seed = seed;
  }

  /** The organisation running course i: a third of the courses at the first five (the trusts), the rest anywhere. */
  String ownerOf(int course, SplittableRandom r) {
    return r.nextInt(3) == 0 ? organisations.get(r.nextInt(Math.min(5, organisations.size())))
        : organisations.get(r.nextInt(organisations.size()));
  }

  /** Loads everything in one transaction per batch; answers the rows written. */
  long load(Connection c, int batch) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    SplittableRandom r = new SplittableRandom(seed ^ 0xCA7A1061EL);
    long rows = 0;
    long bookingId = 0;
    try (PreparedStatement course = c.prepareStatement("INSERT INTO course (id, owner_org_code, title, description, category,"
            + " cpd_hours, delivery_mode, audience, prerequisites, subject_code, level_code, created_at, search_text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)");
        PreparedStatement session = c.prepareStatement("INSERT INTO course_session (id, course_id, owner_org_code, starts_at,"
            + " ends_at, venue, online_link, trainer, capacity, reserved_places, release_at, places_released, booking_cutoff_at,"
            + " cancellation_cutoff_at, approval_needed, status, cancellation_reason, cancelled_at, owner_confirmed,"
            + " partner_confirmed, waitlisted, next_queue_number, created_at, updated_at, plan_version, plan_changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, FALSE, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?)");
        PreparedStatement booking = c.prepareStatement("INSERT INTO booking (id, session_id, person_id, display_name, org_code,"
            + " partner, status, active_person_id, queue_number, requested_at, confirmed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?)")) {
      int pending = 0;
      for (int i = 1; i <= courses; i++) {
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        String owner = ownerOf(i, r);
        String mode = MODES[r.nextInt(MODES.length)];
        String title = topic[0] + " " + VARIANTS[r.nextInt(VARIANTS.length)];
        String description = title + ": " + EXTRA[r.nextInt(EXTRA.length)] + ", " + EXTRA[r.nextInt(EXTRA.length)] + " and "
            + EXTRA[r.nextInt(EXTRA.length)] + " for health and care staff across the city, run by " + owner + ".";
        boolean mapped = topic[1] != null && r.nextInt(4) != 0;
        course.setLong(1, i);
        course.setString(2, owner);
        course.setString(3, title);
        course.setString(4, description);
        course.setString(5, mapped ? CATEGORIES[0] : CATEGORIES[1 + r.nextInt(3)]);
        course.setBigDecimal(6, BigDecimal.valueOf(1 + r.nextInt(14), 0).divide(BigDecimal.valueOf(2)).setScale(2));
        course.setString(7, mode);
        course.setString(8, "Health and care staff");
        course.setString(9, mapped ? topic[1] : null);
        course.setString(10, mapped ? topic[2] : null);
        course.setObject(11, now);
        course.setString(12, (title + " " + description).toLowerCase(Locale.ROOT)); // as the course writes it
        course.addBatch();
        rows++;
        for (int k = 0; k < sessionsPerCourse; k++) {
          long id = (long) (i - 1) * sessionsPerCourse + k + 1;
          LocalDate day = firstDay.plusDays(1 + r.nextInt(365));
          LocalTime at = r.nextBoolean() ? LocalTime.of(9, 30) : LocalTime.of(13, 30);
          OffsetDateTime starts = day.atTime(at).atZone(LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
          OffsetDateTime ends = starts.plusHours(2 + r.nextInt(5));
          int capacity = 8 + r.nextInt(33);
          int reserved = (int) Math.round(capacity * 0.6);
          boolean cancelled = r.nextInt(50) == 0;
          int filled = cancelled ? 0 : (int) (capacity * r.nextDouble() * 0.9);
          int partners = Math.min(capacity - reserved, (int) (filled * r.nextDouble() * 0.5));
          int owners = filled - partners;
          session.setLong(1, id);
          session.setLong(2, i);
          session.setString(3, owner);
          session.setObject(4, starts);
          session.setObject(5, ends);
          boolean online = mode.equals("VIRTUAL") || mode.equals("E_LEARNING");
          session.setString(6, online ? null : "Education Centre, Room " + (1 + r.nextInt(12)));
          session.setString(7, online ? "https://meet.academy.local/" + owner.toLowerCase() + "/" + id : null);
          session.setString(8, "Trainer " + (1 + r.nextInt(400)));
          session.setInt(9, capacity);
          session.setInt(10, reserved);
          session.setObject(11, starts.minusDays(7));
          session.setObject(12, starts.minusDays(1));
          session.setObject(13, starts.minusDays(2));
          session.setString(14, cancelled ? "CANCELLED" : "SCHEDULED");
          session.setString(15, cancelled ? "Trainer unavailable" : null);
          session.setObject(16, cancelled ? now : null);
          session.setInt(17, owners);
          session.setInt(18, partners);
          session.setLong(19, filled + 1);
          session.setObject(20, now);
          session.setObject(21, now);
          session.setObject(22, now);
          session.addBatch();
          rows++;
          if (cancelled) {
            cancelledSessions++;
          }
          int firstPerson = r.nextInt(50_000);
          for (int b = 0; b < filled; b++) {
            boolean partner = b < partners;
            String person = String.format("B%07d", firstPerson + b);
            String org = partner ? otherThan(owner, r) : owner;
            booking.setLong(1, ++bookingId);
            booking.setLong(2, id);
            booking.setString(3, person);
            booking.setString(4, "Bench person " + person);
            booking.setString(5, org);
            booking.setBoolean(6, partner);
            booking.setString(7, person);
            booking.setLong(8, b + 1);
            booking.setObject(9, now);
            booking.setObject(10, now);
            booking.addBatch();
            rows++;
          }
          if (++pending >= batch / 10) {
            course.executeBatch();
            session.executeBatch();
            booking.executeBatch();
            c.commit();
            pending = 0;
          }
        }
      }
      course.executeBatch();
      session.executeBatch();
      booking.executeBatch();
      c.commit();
    }
    bookings = bookingId;
    restart(c, "course_seq", "course");
    restart(c, "course_session_seq", "course_session");
    restart(c, "booking_seq", "booking");
    c.commit();
    c.setAutoCommit(autoCommit);
    return rows;
  }

  private String otherThan(String owner, SplittableRandom r) {
    String other;
    do {
      other = organisations.get(r.nextInt(organisations.size()));
    } while (other.equals(owner));
    return other;
  }

  private static void restart(Connection c, String sequence, String table) throws SQLException {
    try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
      rs.next();
      long max = rs.getLong(1);
      s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + Bench.restartValue(max));
    }
  }
}
