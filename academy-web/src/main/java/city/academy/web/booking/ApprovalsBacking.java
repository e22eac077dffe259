package city.academy.web.booking;

import city.academy.catalogue.api.ApprovalRequest;
import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A line manager's approvals ({@code ?page=}): their team's requests for sessions that need
 * approval, oldest first, each approved or refused with an optional note the learner sees. Each
 * request has its own form carrying its booking id, so a decision never lands on another request
 * when the list has changed since the page was drawn. Only
 * the learner's own line manager may decide; the service says so when someone else tries.
 */
@Named
@RequestScoped
public class ApprovalsBacking {
  static final String SERVICE = "The catalogue";
  static final int PAGE_SIZE = 20;

  @Inject @RestClient SessionClient sessions;

  /** One request as listed. */
  public record Row(long id, String person, String organisation, long courseId, String course, String provider, String when,
      String requested) {}

  private String page;
  private List<Row> rows = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;
  private String done;

  @PostConstruct
  void load() {
    page = RequestParams.get("page");
    refresh();
  }

  private void refresh() {
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call(SERVICE, () -> sessions.myApprovals(wanted, PAGE_SIZE)).ifPresent(found -> {
      rows = (found.items() == null ? List.<BookingDto>of() : found.items()).stream().map(ApprovalsBacking::row).toList();
      paging = new Paging(found.page(), found.size(), found.total());
      loaded = true;
    });
  }

  static Row row(BookingDto b) {
    return new Row(b.id(), b.displayName() == null ? b.personId() : b.displayName(), b.organisationCode(), b.courseId(),
        b.courseTitle(), b.providerCode(), BookingWords.when(b.sessionStartsAt(), b.sessionEndsAt()),
        BookingWords.moment(b.requestedAt()));
  }

  /** Approves the request posted with the button (hidden field {@code booking}), with the note typed beside it. */
  public String approve() {
    return decide(true);
  }

  public String refuse() {
    return decide(false);
  }

  private String decide(boolean approved) {
    Long id = RequestParams.id("booking");
    if (id == null) {
      ServiceCalls.error("Choose the request to decide.");
      return null;
    }
    String text = RequestParams.get("note");
    ServiceCalls.call(SERVICE, () -> sessions.decide(id, new ApprovalRequest(approved, text))).ifPresent(booking -> {
      done = BookingWords.decision(booking);
    });
    refresh();
    return null;
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

  public boolean isLoaded() {
    return loaded;
  }

  public String getDone() {
    return done;
  }
}
