package city.academy.web.booking;

import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.ReasonRequest;
import city.academy.catalogue.api.SessionClient;
import city.academy.catalogue.api.SessionDto;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My bookings ({@code ?show=all} to include past ones, {@code &page=}): status, waitlist position,
 * attendance; Cancel leads to {@code ?cancel=<booking>}, where a reason may be given before the
 * booking is cancelled. The cancellation cut-off is the service's to enforce; its refusal is shown
 * as it words it.
 */
@Named
@RequestScoped
public class BookingsBacking {
  static final String SERVICE = "The catalogue";
  static final int PAGE_SIZE = 20;

  @Inject @RestClient SessionClient sessions;

  /** One booking as listed. */
  public record Row(long id, long courseId, String course, String provider, String when, String status, String statusClass,
      boolean past, boolean cancellable) {}

  private String show;
  private String page;
  private String cancel;
  private List<Row> rows = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;
  private BookingDto toCancel;
  private SessionDto toCancelSession;
  private String reason;
  private String done;

  @PostConstruct
  void load() {
    show = "all".equals(RequestParams.get("show")) ? "all" : null;
    page = RequestParams.get("page");
    cancel = RequestParams.get("cancel");
    Long cancelId = RequestParams.parseId(cancel);
    if (cancelId != null) {
      toCancel = ServiceCalls.call(SERVICE, () -> sessions.booking(cancelId)).orElse(null);
      if (toCancel != null) {
        toCancelSession = ServiceCalls.call(SERVICE, () -> sessions.session(toCancel.sessionId())).orElse(null);
      }
    }
    refresh();
  }

  private void refresh() {
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call(SERVICE, () -> sessions.myBookings(isAll(), wanted, PAGE_SIZE)).ifPresent(found -> {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      rows = (found.items() == null ? List.<BookingDto>of() : found.items()).stream().map(b -> row(b, now)).toList();
      paging = new Paging(found.page(), found.size(), found.total());
      loaded = true;
    });
  }

  static Row row(BookingDto b, OffsetDateTime now) {
    OffsetDateTime start = BookingWords.instant(b.sessionStartsAt());
    OffsetDateTime end = BookingWords.instant(b.sessionEndsAt());
    boolean past = end != null && !end.isAfter(now);
    boolean started = start != null && !start.isAfter(now);
    return new Row(b.id(), b.courseId(), b.courseTitle(), b.providerCode(), BookingWords.when(b.sessionStartsAt(), b.sessionEndsAt()),
        BookingWords.status(b), "booking-" + (b.status() == null ? "unknown" : b.status().toLowerCase().replace('_', '-')),
        past, BookingWords.active(b) && !started);
  }

  /** Cancels the booking named in {@code cancel}, with the reason given. */
  public String cancelBooking() {
    if (toCancel == null) {
      ServiceCalls.error("Choose the booking to cancel from the list.");
      return null;
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    long bookingId = toCancel.id();
    ServiceCalls.call(SERVICE, () -> sessions.cancelBooking(bookingId, new ReasonRequest(why))).ifPresent(cancelled -> {
      done = "Your booking on " + cancelled.courseTitle() + ", " + BookingWords.when(cancelled.sessionStartsAt(), cancelled.sessionEndsAt())
          + ", is cancelled.";
      toCancel = null;
      reason = null;
    });
    refresh();
    return null;
  }

  public boolean isAll() {
    return "all".equals(show);
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getCancel() {
    return cancel;
  }

  public void setCancel(String cancel) {
    this.cancel = cancel;
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

  /** The booking about to be cancelled, while the person confirms; null otherwise. */
  public BookingDto getToCancel() {
    return toCancel;
  }

  public String getToCancelWhen() {
    return toCancel == null ? "" : BookingWords.when(toCancel.sessionStartsAt(), toCancel.sessionEndsAt());
  }

  public String getToCancelStatus() {
    return toCancel == null ? "" : BookingWords.status(toCancel);
  }

  /** When a confirmed place may still be given up, from the session. */
  public String getCancellationCutoff() {
    return toCancelSession == null ? "" : BookingWords.moment(toCancelSession.cancellationCutoffAt());
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDone() {
    return done;
  }
}
