package city.academy.web.booking;

import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.BookingRequest;
import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.catalogue.api.SessionDto;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A course and its upcoming sessions ({@code ?id=}, {@code &page=}): when (London time), where,
 * the places left and whether this person may take one, the cut-offs, and a Book button per
 * session. The outcome (confirmed, waitlisted, waiting for approval) or the service's refusal is
 * shown in words. Loaded before anything else so the Book buttons survive the POST.
 */
@Named
@RequestScoped
public class CourseBacking {
  static final String SERVICE = "The catalogue";
  static final int PAGE_SIZE = 20;

  @Inject @RestClient CatalogueClient catalogue;
  @Inject @RestClient SessionClient sessions;
  @Inject CurrentUser currentUser;

  /** One session as listed, with this person's booking on it if they hold one. */
  public record Row(long id, String when, String where, String onlineLink, String trainer, String places, boolean placeForMe,
      String bookBy, String cancelBy, boolean approvalNeeded, boolean closed, String myStatus) {

    /** The button's words: what pressing it asks for. */
    public String bookLabel() {
      return approvalNeeded ? "Ask for a place" : placeForMe ? "Book" : "Join the waitlist";
    }
  }

  private String id;
  private String page;
  private CourseDto course;
  private List<Row> rows = List.of();
  private Paging paging = Paging.none();
  private String outcome;

  @PostConstruct
  void load() {
    id = RequestParams.get("id");
    page = RequestParams.get("page");
    Long courseId = RequestParams.parseId(id);
    if (courseId == null) {
      ServiceCalls.error("Choose a course from Find training.");
      return;
    }
    course = ServiceCalls.call(SERVICE, () -> catalogue.course(courseId)).orElse(null);
    if (course != null) {
      refresh();
    }
  }

  private void refresh() {
    int wanted = Paging.pageNumber(page);
    Map<Long, BookingDto> mine = new HashMap<>();
    ServiceCalls.call(SERVICE, () -> sessions.myBookings(false, 0, 100)).ifPresent(found -> {
      for (BookingDto b : found.items() == null ? List.<BookingDto>of() : found.items()) {
        if (BookingWords.active(b)) {
          mine.put(b.sessionId(), b);
        }
      }
    });
    ServiceCalls.call(SERVICE, () -> sessions.sessions(course.id(), false, wanted, PAGE_SIZE)).ifPresent(found -> {
      List<String> organisations = currentUser.getUser() == null ? List.of() : currentUser.getUser().organisationCodes();
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      rows = (found.items() == null ? List.<SessionDto>of() : found.items()).stream()
          .map(s -> row(s, organisations, now, mine.get(s.id())))
          .toList();
      paging = new Paging(found.page(), found.size(), found.total());
    });
  }

  static Row row(SessionDto s, List<String> organisations, OffsetDateTime now, BookingDto mine) {
    return new Row(s.id(), BookingWords.when(s.startsAt(), s.endsAt()), BookingWords.where(s), s.onlineLink(),
        s.trainer() == null ? "" : s.trainer(), BookingWords.places(s, organisations),
        BookingWords.placesFor(s, organisations) > 0, BookingWords.moment(s.bookingCutoffAt()),
        BookingWords.moment(s.cancellationCutoffAt()), s.approvalNeeded(), BookingWords.closed(s, now),
        mine == null ? null : BookingWords.status(mine));
  }

  /** Asks for a place on the session posted with the button (hidden field {@code session}) for the signed-in person. */
  public String book() {
    Long sessionId = RequestParams.id("session");
    if (sessionId == null) {
      ServiceCalls.error("Choose the session to book.");
      return null;
    }
    ServiceCalls.call(SERVICE, () -> sessions.book(sessionId, new BookingRequest(null)))
        .ifPresent(booking -> outcome = BookingWords.outcome(booking));
    if (course != null) {
      refresh();
    }
    return null;
  }

  /** Whether the row gets a Book button: an open session this person holds no booking on (see {@link RequestParams#processingPost}). */
  public boolean offered(Row row) {
    return RequestParams.processingPost() || (row.myStatus() == null && !row.closed());
  }

  public boolean isLoaded() {
    return course != null;
  }

  public CourseDto getCourse() {
    return course;
  }

  public String getId() {
    return id;
  }

  /** The course in the address; already read when the bean was made. */
  public void setId(String id) {
    this.id = id;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Paging getPaging() {
    return paging;
  }

  public String getOutcome() {
    return outcome;
  }
}
