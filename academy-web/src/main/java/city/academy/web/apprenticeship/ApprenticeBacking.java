package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.CohortDto;
import city.academy.catalogue.api.EqualityDto;
import city.academy.catalogue.api.OtjDecisionRequest;
import city.academy.catalogue.api.OtjEntryDto;
import city.academy.catalogue.api.OtjLogDto;
import city.academy.catalogue.api.ReviewDto;
import city.academy.catalogue.api.ReviewRequest;
import city.academy.catalogue.api.StatusChangeDto;
import city.academy.catalogue.api.TransitionRequest;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import city.academy.web.security.PortalRole;
import city.academy.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One apprentice's record ({@code /apprenticeships/apprentice.xhtml?id=}): details, the dated status
 * history and, for academy admins, the form that moves them on; their off-the-job log with confirm
 * and reject for those who may decide; their reviews and the form to record one; their equality
 * answers for themself and academy admins. Who may see and do what is the catalogue's decision: the
 * forms shown here only spare people buttons they cannot use, and a refusal is shown in the
 * catalogue's words.
 */
@Named
@RequestScoped
public class ApprenticeBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;

  @Inject @RestClient ApprenticeshipClient apprenticeships;
  @Inject CurrentUser currentUser;

  private Long id;
  private ApprenticeDto apprentice;
  private OtjLogDto log;
  private List<ReviewDto> reviews = List.of();
  private EqualityDto equality;
  private CohortDto cohort;
  private String done;

  // Moving them on
  private String status;
  private String effectiveOn;
  private String reasonCode;
  private String plannedReturn;
  private String grade;
  private String transitionNote;
  // Recording a review
  private String reviewDate;
  private String attendees;
  private String reviewNotes;

  @PostConstruct
  void load() {
    id = RequestParams.id("id");
    if (id == null) {
      ServiceCalls.error("Say which apprentice to show: open them from their cohort or your list.");
      return;
    }
    refresh();
  }

  private void refresh() {
    long apprenticeId = id;
    apprentice = ServiceCalls.call(SERVICE, () -> apprenticeships.apprentice(apprenticeId)).orElse(null);
    if (apprentice == null) {
      return;
    }
    log = ServiceCalls.call(SERVICE, () -> apprenticeships.otj(apprenticeId)).orElse(null);
    reviews = ServiceCalls.call(SERVICE, () -> apprenticeships.reviews(apprenticeId)).orElse(List.of());
    if (isAdmin() || isThemself()) {
      equality = ServiceCalls.call(SERVICE, () -> apprenticeships.apprenticeEquality(apprenticeId)).orElse(null);
    }
    if (cohort == null && currentUser.hasRole(PortalRole.PROVIDER)) {
      // Only to know whether this provider delivers the cohort's training (then they confirm hours).
      try {
        cohort = apprenticeships.cohort(apprentice.cohortId());
      } catch (RuntimeException e) {
        cohort = null;
      }
    }
  }

  public String transition() {
    if (apprentice == null) {
      return null;
    }
    if (ApprenticeshipView.text(status) == null) {
      ServiceCalls.error("Choose the new status.");
      return null;
    }
    TransitionRequest request;
    try {
      request = new TransitionRequest(status, ApprenticeshipView.isoDate(effectiveOn, "the date of the change"),
          ApprenticeshipView.text(reasonCode), ApprenticeshipView.isoDate(plannedReturn, "the planned return"),
          ApprenticeshipView.text(grade), ApprenticeshipView.text(transitionNote));
    } catch (IllegalArgumentException e) {
      ServiceCalls.error(e.getMessage());
      return null;
    }
    long apprenticeId = id;
    ServiceCalls.call(SERVICE, () -> apprenticeships.transition(apprenticeId, request)).ifPresent(a -> {
      done = "Recorded for " + a.personName() + ": " + lower(a.statusLabel()) + " from " + DisplayDates.format(a.statusSince()) + ".";
      status = null;
      effectiveOn = null;
      reasonCode = null;
      plannedReturn = null;
      grade = null;
      transitionNote = null;
    });
    refresh();
    return null;
  }

  public String confirmHours() {
    return decide(true);
  }

  public String rejectHours() {
    return decide(false);
  }

  /** Decides the entry posted with the button (hidden field {@code entry}), with the note typed beside it. */
  private String decide(boolean confirmed) {
    Long entry = RequestParams.id("entry");
    if (apprentice == null || entry == null) {
      ServiceCalls.error("Choose the entry to confirm or reject.");
      return null;
    }
    String note = RequestParams.get("note");
    if (!confirmed && note == null) {
      ServiceCalls.error("Say why you reject these hours: the apprentice sees your note.");
      return null;
    }
    long apprenticeId = id;
    ServiceCalls.call(SERVICE, () -> apprenticeships.decideOtj(apprenticeId, entry, new OtjDecisionRequest(confirmed, note)))
        .ifPresent(e -> done = ApprenticeshipView.hours(e.hours()) + " hours on " + DisplayDates.format(e.date())
            + (confirmed ? " confirmed." : " rejected."));
    refresh();
    return null;
  }

  public String addReview() {
    if (apprentice == null) {
      return null;
    }
    String date;
    try {
      date = ApprenticeshipView.isoDate(reviewDate, "the date of the review");
    } catch (IllegalArgumentException e) {
      ServiceCalls.error(e.getMessage());
      return null;
    }
    long apprenticeId = id;
    ReviewRequest request = new ReviewRequest(date, ApprenticeshipView.text(attendees), ApprenticeshipView.text(reviewNotes));
    ServiceCalls.call(SERVICE, () -> apprenticeships.addReview(apprenticeId, request)).ifPresent(r -> {
      done = "Review of " + DisplayDates.format(r.date()) + " recorded.";
      reviewDate = null;
      attendees = null;
      reviewNotes = null;
    });
    refresh();
    return null;
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(java.util.Locale.UK);
  }

  private SignedInUser user() {
    return currentUser.getUser();
  }

  public boolean isAdmin() {
    return currentUser.hasRole(PortalRole.ACADEMY_ADMIN);
  }

  /** The signed-in person is this apprentice. */
  public boolean isThemself() {
    return apprentice != null && user() != null && Objects.equals(user().personId(), apprentice.personId());
  }

  /**
   * Whether the signed-in person is among those who confirm hours and record reviews: the line
   * manager, an HR admin of the employer, a course provider of the cohort's training provider, an
   * academy admin; never the apprentice themself.
   */
  public boolean isSupervising() {
    if (apprentice == null || user() == null || isThemself()) {
      return false;
    }
    SignedInUser me = user();
    return isAdmin()
        || Objects.equals(me.personId(), apprentice.lineManagerPersonId())
        || (me.has(PortalRole.HR_ADMIN) && me.hrAdminOf().contains(apprentice.employerCode()))
        || (cohort != null && me.providerFor().contains(cohort.providerCode()));
  }

  /** Entries waiting for a decision that the person may decide (a POST keeps every row, see {@link RequestParams#processingPost()}). */
  public boolean canDecide(OtjEntryDto entry) {
    return isSupervising() && ("PENDING".equals(entry.state()) || RequestParams.processingPost());
  }

  public List<OtjEntryDto> getEntries() {
    return log == null || log.entries() == null ? List.of() : log.entries();
  }

  /** The status history, newest first. */
  public List<StatusChangeDto> getHistory() {
    if (apprentice == null || apprentice.history() == null) {
      return List.of();
    }
    List<StatusChangeDto> newestFirst = new ArrayList<>(apprentice.history());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** "Active since 1 Sep 2026" with the break's planned return, the withdrawal's reason or the grade. */
  public String getStatusLine() {
    return apprentice == null ? "" : ApprenticeLines.status(apprentice);
  }

  public String getPaceLine() {
    return log == null ? (apprentice == null ? "" : ApprenticeLines.pace(apprentice.otj())) : ApprenticeLines.pace(log.progress());
  }

  public String getReviewLine() {
    return apprentice == null ? "" : ApprenticeLines.review(apprentice);
  }

  /** Where "back" leads: their own page, the cohort (admins, HR, providers) or the line manager's list. */
  public String getBackPath() {
    if (apprentice == null || isThemself()) {
      return "/apprenticeships/mine.xhtml";
    }
    if (isAdmin() || currentUser.hasRole(PortalRole.HR_ADMIN) || currentUser.hasRole(PortalRole.PROVIDER)) {
      return "/apprenticeships/cohort.xhtml?id=" + apprentice.cohortId();
    }
    return "/apprenticeships/team.xhtml";
  }

  public String getBackLabel() {
    String path = getBackPath();
    return path.contains("mine") ? "My apprenticeship" : path.contains("cohort") ? "The cohort: " + apprentice.cohortName()
        : "Apprentices I manage";
  }

  public String getHeading() {
    return apprentice == null ? "Apprentice" : apprentice.personName();
  }

  public Long getId() {
    return id;
  }

  public ApprenticeDto getApprentice() {
    return apprentice;
  }

  public boolean isLoaded() {
    return apprentice != null;
  }

  public OtjLogDto getLog() {
    return log;
  }

  public List<ReviewDto> getReviews() {
    return reviews;
  }

  public EqualityDto getEquality() {
    return equality;
  }

  public String getDone() {
    return done;
  }

  public String getToday() {
    return ApprenticeshipView.today();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(String effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  public String getPlannedReturn() {
    return plannedReturn;
  }

  public void setPlannedReturn(String plannedReturn) {
    this.plannedReturn = plannedReturn;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getTransitionNote() {
    return transitionNote;
  }

  public void setTransitionNote(String transitionNote) {
    this.transitionNote = transitionNote;
  }

  public String getReviewDate() {
    return reviewDate;
  }

  public void setReviewDate(String reviewDate) {
    this.reviewDate = reviewDate;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getReviewNotes() {
    return reviewNotes;
  }

  public void setReviewNotes(String reviewNotes) {
    this.reviewNotes = reviewNotes;
  }
}
