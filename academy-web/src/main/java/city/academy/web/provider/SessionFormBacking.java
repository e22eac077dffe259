package city.academy.web.provider;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.catalogue.api.ReasonRequest;
import city.academy.catalogue.api.SessionClient;
import city.academy.catalogue.api.SessionDto;
import city.academy.catalogue.api.SessionRequest;
import city.academy.web.booking.BookingWords;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Schedule a session of a course ({@code ?course=}) or change one ({@code ?session=}, every field
 * sent again), and cancel a whole session with a reason. Times are London wall-clock times from
 * {@code datetime-local} fields, sent as such: the service reads them as London time (and refuses a
 * time in the hour skipped when the clocks go forward). The service checks everything else and its
 * refusal is shown as it words it; on success the sessions list says what was done.
 */
@Named
@RequestScoped
public class SessionFormBacking {
  static final String SERVICE = "The catalogue";

  @Inject @RestClient CatalogueClient catalogue;
  @Inject @RestClient SessionClient sessions;
  @Inject CurrentUser currentUser;

  private String courseParam;
  private String sessionParam;
  private CourseDto course;
  private SessionDto session;

  private String startsAt;
  private String endsAt;
  private String venue;
  private String onlineLink;
  private String trainer;
  private String capacity;
  private String reservedPlaces = "0";
  private String releaseAt;
  private String bookingCutoffAt;
  private String cancellationCutoffAt;
  private boolean approvalNeeded;
  private String reason;

  /** Reads the course or session from the address (or the form's hidden fields) before the form is processed. */
  @PostConstruct
  void load() {
    sessionParam = RequestParams.get("session");
    courseParam = RequestParams.get("course");
    Long sessionId = RequestParams.parseId(sessionParam);
    Long courseId = RequestParams.parseId(courseParam);
    if (sessionId != null) {
      session = ServiceCalls.call(SERVICE, () -> sessions.session(sessionId)).orElse(null);
      if (session == null) {
        return;
      }
      long ofCourse = session.courseId();
      course = ServiceCalls.call(SERVICE, () -> catalogue.course(ofCourse)).orElse(null);
      fill(session);
    } else if (courseId != null) {
      course = ServiceCalls.call(SERVICE, () -> catalogue.course(courseId)).orElse(null);
    } else {
      ServiceCalls.error("Choose one of your courses, or one of its sessions.");
      return;
    }
    if (course != null && !ours(course)) {
      ServiceCalls.error("This course is run by another organisation: only its own training team manages its sessions.");
      course = null;
      session = null;
    }
  }

  private boolean ours(CourseDto c) {
    return currentUser.getUser() != null && currentUser.getUser().providerFor().contains(c.providerCode());
  }

  private void fill(SessionDto s) {
    startsAt = SessionView.localInput(s.startsAt());
    endsAt = SessionView.localInput(s.endsAt());
    venue = s.venue();
    onlineLink = s.onlineLink();
    trainer = s.trainer();
    capacity = Integer.toString(s.capacity());
    reservedPlaces = Integer.toString(s.reservedPlaces());
    releaseAt = SessionView.localInput(s.releaseAt());
    bookingCutoffAt = SessionView.localInput(s.bookingCutoffAt());
    cancellationCutoffAt = SessionView.localInput(s.cancellationCutoffAt());
    approvalNeeded = s.approvalNeeded();
  }

  /** Schedules the session, or saves the change; then back to the course's sessions. */
  public String save() {
    if (course == null) {
      return null;
    }
    Integer places = whole(capacity, "the number of places", true);
    Integer reserved = whole(reservedPlaces, "the places held for your own staff", false);
    if (places == null || (reserved == null && !blank(reservedPlaces))) {
      return null;
    }
    SessionRequest request = new SessionRequest(text(startsAt), text(endsAt), text(venue), text(onlineLink), text(trainer), places,
        reserved, text(releaseAt), text(bookingCutoffAt), text(cancellationCutoffAt), approvalNeeded);
    long courseId = course.id();
    if (session == null) {
      return ServiceCalls.call(SERVICE, () -> sessions.schedule(courseId, request))
          .map(s -> "/provider/sessions?faces-redirect=true&course=" + courseId + "&scheduled=" + s.id())
          .orElse(null);
    }
    long sessionId = session.id();
    return ServiceCalls.call(SERVICE, () -> sessions.change(sessionId, request))
        .map(s -> "/provider/sessions?faces-redirect=true&course=" + courseId + "&changed=" + s.id())
        .orElse(null);
  }

  /** Cancels the whole session; every booking on it is cancelled and each person told. */
  public String cancelSession() {
    if (session == null || course == null) {
      return null;
    }
    long sessionId = session.id();
    long courseId = course.id();
    return ServiceCalls.call(SERVICE, () -> sessions.cancel(sessionId, new ReasonRequest(text(reason))))
        .map(s -> "/provider/sessions?faces-redirect=true&course=" + courseId + "&cancelled=" + s.id())
        .orElse(null);
  }

  private static Integer whole(String value, String what, boolean required) {
    if (blank(value)) {
      if (required) {
        ServiceCalls.error("Give " + what + ".");
      }
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      ServiceCalls.error("Give " + what + " as a whole number, e.g. 12.");
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String text(String value) {
    return blank(value) ? null : value.strip();
  }

  public boolean isLoaded() {
    return course != null;
  }

  public boolean isChanging() {
    return session != null;
  }

  public boolean isCancellable() {
    return session != null && !"CANCELLED".equals(session.status());
  }

  public CourseDto getCourse() {
    return course;
  }

  public SessionDto getSession() {
    return session;
  }

  public String getSessionWhen() {
    return session == null ? "" : BookingWords.when(session.startsAt(), session.endsAt());
  }

  /** Who is affected by a cancellation, in words. */
  public String getBookedSummary() {
    if (session == null) {
      return "";
    }
    return session.confirmed() + (session.confirmed() == 1 ? " person has" : " people have") + " a place and "
        + session.waitlisted() + " " + (session.waitlisted() == 1 ? "is" : "are") + " waiting.";
  }

  public String getCourseParam() {
    return courseParam;
  }

  public String getSessionParam() {
    return sessionParam;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public String getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(String endsAt) {
    this.endsAt = endsAt;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String onlineLink) {
    this.onlineLink = onlineLink;
  }

  public String getTrainer() {
    return trainer;
  }

  public void setTrainer(String trainer) {
    this.trainer = trainer;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public String getReservedPlaces() {
    return reservedPlaces;
  }

  public void setReservedPlaces(String reservedPlaces) {
    this.reservedPlaces = reservedPlaces;
  }

  public String getReleaseAt() {
    return releaseAt;
  }

  public void setReleaseAt(String releaseAt) {
    this.releaseAt = releaseAt;
  }

  public String getBookingCutoffAt() {
    return bookingCutoffAt;
  }

  public void setBookingCutoffAt(String bookingCutoffAt) {
    this.bookingCutoffAt = bookingCutoffAt;
  }

  public String getCancellationCutoffAt() {
    return cancellationCutoffAt;
  }

  public void setCancellationCutoffAt(String cancellationCutoffAt) {
    this.cancellationCutoffAt = cancellationCutoffAt;
  }

  public boolean isApprovalNeeded() {
    return approvalNeeded;
  }

  public void setApprovalNeeded(boolean approvalNeeded) {
    this.approvalNeeded = approvalNeeded;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
