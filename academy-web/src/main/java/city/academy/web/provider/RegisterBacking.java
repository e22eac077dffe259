package city.academy.web.provider;

import city.academy.catalogue.api.AttendanceRequest;
import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.catalogue.api.SessionDto;
import city.academy.web.booking.BookingWords;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The attendance register of a session ({@code ?session=}): everyone with a confirmed place, and a
 * mark for each (attended, did not attend, completed), saved all at once — the service records
 * every mark or none. Each person's choice is posted under their booking's id ({@code mark-<id>}),
 * so a mark cannot land on someone else when the register has changed since it was drawn.
 * A completion is final: it becomes a record in the person's passport.
 */
@Named
@RequestScoped
public class RegisterBacking {
  static final String SERVICE = "The catalogue";
  /** The option for no mark (an empty value would be left out of the page, and the label sent instead). */
  static final String UNMARKED = "UNMARKED";
  static final List<Choice> CHOICES = List.of(
      new Choice(RegisterBacking.UNMARKED, "Not marked"), new Choice("ATTENDED", "Attended"), new Choice("DID_NOT_ATTEND", "Did not attend"),
      new Choice("COMPLETED", "Completed"));

  @Inject @RestClient SessionClient sessions;

  /** An option of the mark select. */
  public record Choice(String value, String label) {}

  /** One person on the register. */
  public record Row(long bookingId, String name, String organisation, boolean partner, String mark, String markText, boolean completed) {}

  private String sessionParam;
  private SessionDto session;
  private List<Row> rows = List.of();
  private boolean loaded;
  private String done;

  @PostConstruct
  void load() {
    sessionParam = RequestParams.get("session");
    Long id = RequestParams.parseId(sessionParam);
    if (id == null) {
      ServiceCalls.error("Choose a session from Our courses.");
      return;
    }
    session = ServiceCalls.call(SERVICE, () -> sessions.session(id)).orElse(null);
    if (session != null) {
      refresh();
    }
  }

  private void refresh() {
    long id = session.id();
    ServiceCalls.call(SERVICE, () -> sessions.register(id)).ifPresent(found -> {
      rows = found.stream().map(RegisterBacking::row).toList();
      loaded = true;
    });
  }

  static Row row(BookingDto b) {
    String mark = b.attendance() == null ? UNMARKED : b.attendance();
    String text = BookingWords.attendance(b.attendance());
    return new Row(b.id(), b.displayName() == null ? b.personId() : b.displayName(), b.organisationCode(), b.partnerPlace(), mark,
        text.isEmpty() ? "Not marked" : Character.toUpperCase(text.charAt(0)) + text.substring(1), "COMPLETED".equals(b.attendance()));
  }

  /** Sends the marks that changed, all at once. */
  public String save() {
    if (session == null) {
      return null;
    }
    List<AttendanceRequest.Mark> marks = new ArrayList<>();
    for (Row row : rows) {
      String chosen = RequestParams.get("mark-" + row.bookingId());
      if (chosen != null && !UNMARKED.equals(chosen) && !row.completed() && !chosen.equals(row.mark())) {
        marks.add(new AttendanceRequest.Mark(row.bookingId(), chosen));
      }
    }
    if (marks.isEmpty()) {
      ServiceCalls.error("Nothing has changed: choose a mark for at least one person.");
      return null;
    }
    long id = session.id();
    ServiceCalls.call(SERVICE, () -> sessions.markAttendance(id, new AttendanceRequest(marks))).ifPresent(saved -> {
      done = "The register is saved: " + marks.size() + (marks.size() == 1 ? " mark" : " marks") + " recorded.";
      rows = saved.stream().map(RegisterBacking::row).toList();
    });
    return null;
  }

  /** Whether the session has started (before that, the service takes no marks). */
  public boolean isStarted() {
    OffsetDateTime start = session == null ? null : SessionView.instant(session.startsAt());
    return start != null && !start.isAfter(OffsetDateTime.now(ZoneOffset.UTC));
  }

  /** Whether the Save button is drawn (see {@link RequestParams#processingPost}). */
  public boolean isOffered() {
    return RequestParams.processingPost() || (isStarted() && rows.stream().anyMatch(r -> !r.completed()));
  }

  public String getSessionParam() {
    return sessionParam;
  }

  public SessionDto getSession() {
    return session;
  }

  public String getWhen() {
    return session == null ? "" : BookingWords.when(session.startsAt(), session.endsAt());
  }

  public String getWhere() {
    return session == null ? "" : BookingWords.where(session);
  }

  public String getStartsAt() {
    return session == null ? "" : BookingWords.moment(session.startsAt());
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Choice> getChoices() {
    return CHOICES;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public String getDone() {
    return done;
  }
}
