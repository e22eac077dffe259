package city.academy.web.provider;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.catalogue.api.SessionDto;
import city.academy.web.booking.BookingWords;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A course's sessions for its provider ({@code ?course=}, {@code &past=yes}, {@code &page=}): places
 * taken by their own staff and by partners, the waitlist, and links to change a session, cancel it
 * and keep its register. After a change the address names the session ({@code &scheduled=},
 * {@code &changed=}, {@code &cancelled=}) and the page says what was done.
 */
@Named
@RequestScoped
public class ProviderSessionsBacking {
  static final String SERVICE = "The catalogue";
  static final int PAGE_SIZE = 20;

  @Inject @RestClient CatalogueClient catalogue;
  @Inject @RestClient SessionClient sessions;
  @Inject CurrentUser currentUser;

  private String course;
  private String past;
  private String page;
  private String scheduled;
  private String changed;
  private String cancelled;
  private CourseDto found;
  private List<SessionView.Row> rows = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;
  private String done;

  public void load() {
    Long courseId = RequestParams.parseId(course);
    if (courseId == null) {
      ServiceCalls.error("Choose one of your courses.");
      return;
    }
    found = ServiceCalls.call(SERVICE, () -> catalogue.course(courseId)).orElse(null);
    if (found == null) {
      return;
    }
    if (!ours(found)) {
      ServiceCalls.error("This course is run by another organisation: only its own training team manages its sessions.");
      return;
    }
    scheduled = RequestParams.get("scheduled");
    changed = RequestParams.get("changed");
    cancelled = RequestParams.get("cancelled");
    done = done();
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call(SERVICE, () -> sessions.sessions(courseId, isPastShown(), wanted, PAGE_SIZE)).ifPresent(list -> {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      rows = (list.items() == null ? List.<SessionDto>of() : list.items()).stream().map(s -> SessionView.row(s, now)).toList();
      paging = new Paging(list.page(), list.size(), list.total());
      loaded = true;
    });
  }

  private boolean ours(CourseDto c) {
    return currentUser.getUser() != null && currentUser.getUser().providerFor().contains(c.providerCode());
  }

  /** What was just done, from the address, in words; null when nothing was. */
  private String done() {
    String[][] kinds = {{scheduled, "is scheduled"}, {changed, "is changed; everyone booked has been told"},
        {cancelled, "is cancelled; everyone booked has been told"}};
    for (String[] kind : kinds) {
      Long id = RequestParams.parseId(kind[0]);
      if (id != null) {
        SessionDto s = ServiceCalls.call(SERVICE, () -> sessions.session(id)).orElse(null);
        if (s != null && s.courseId() == found.id()) {
          return "The session on " + BookingWords.when(s.startsAt(), s.endsAt()) + " " + kind[1] + ".";
        }
      }
    }
    return null;
  }

  public boolean isPastShown() {
    return "yes".equals(past);
  }

  public CourseDto getFound() {
    return found;
  }

  public boolean isOurs() {
    return found != null && ours(found);
  }

  public List<SessionView.Row> getRows() {
    return rows;
  }

  public Paging getPaging() {
    return paging;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public String getDone() {
    return done;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getPast() {
    return past;
  }

  public void setPast(String past) {
    this.past = past;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
