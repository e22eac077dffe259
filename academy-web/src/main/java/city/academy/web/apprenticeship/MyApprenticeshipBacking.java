package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.EqualityDto;
import city.academy.catalogue.api.EqualityRequest;
import city.academy.catalogue.api.OtjEntryDto;
import city.academy.catalogue.api.OtjEntryRequest;
import city.academy.catalogue.api.OtjLogDto;
import city.academy.catalogue.api.ReviewDto;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A person's own apprenticeship ({@code /apprenticeships/mine.xhtml?id=} when they have more than
 * one): status, hours against their pace, the form to log hours, their log and reviews, and their
 * own equality monitoring answers. Someone who is not an apprentice is told so plainly.
 */
@Named
@RequestScoped
public class MyApprenticeshipBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;

  @Inject @RestClient ApprenticeshipClient apprenticeships;

  private List<ApprenticeDto> mine = List.of();
  private boolean loaded;
  private ApprenticeDto chosen;
  private OtjLogDto log;
  private List<ReviewDto> reviews = List.of();
  private EqualityDto equality;
  private String done;

  // Logging hours
  private String date;
  private String hours;
  private String activity;
  private String note;
  // Equality answers
  private String ethnicity;
  private String sex;
  private String disability;
  private String deprivationDecile;

  @PostConstruct
  void load() {
    ServiceCalls.call(SERVICE, apprenticeships::mine).ifPresent(found -> {
      mine = found;
      loaded = true;
    });
    Long asked = RequestParams.id("id");
    chosen = mine.stream().filter(a -> asked != null && a.id() == asked).findFirst().orElse(mine.isEmpty() ? null : mine.get(0));
    refresh();
    if (chosen != null) {
      equality = ServiceCalls.call(SERVICE, apprenticeships::myEquality).orElse(null);
      if (equality != null) {
        ethnicity = equality.ethnicity();
        sex = equality.sex();
        disability = equality.disability();
        deprivationDecile = equality.deprivationDecile();
      }
    }
  }

  private void refresh() {
    if (chosen == null) {
      return;
    }
    long id = chosen.id();
    chosen = ServiceCalls.call(SERVICE, () -> apprenticeships.apprentice(id)).orElse(chosen);
    log = ServiceCalls.call(SERVICE, () -> apprenticeships.otj(id)).orElse(null);
    reviews = ServiceCalls.call(SERVICE, () -> apprenticeships.reviews(id)).orElse(List.of());
  }

  public String logHours() {
    if (chosen == null) {
      return null;
    }
    OtjEntryRequest request;
    try {
      String day = ApprenticeshipView.isoDate(date, "the day of the training");
      BigDecimal amount = ApprenticeshipView.decimalHours(hours);
      if (day == null || amount == null || ApprenticeshipView.text(activity) == null) {
        ServiceCalls.error("Give the day, the hours and the kind of activity.");
        return null;
      }
      request = new OtjEntryRequest(day, amount, activity, ApprenticeshipView.text(note));
    } catch (IllegalArgumentException e) {
      ServiceCalls.error(e.getMessage());
      return null;
    }
    long id = chosen.id();
    ServiceCalls.call(SERVICE, () -> apprenticeships.logOtj(id, request)).ifPresent((OtjEntryDto e) -> {
      done = ApprenticeshipView.hours(e.hours()) + " hours on " + DisplayDates.format(e.date())
          + " logged. They count once they are confirmed.";
      date = null;
      hours = null;
      activity = null;
      note = null;
    });
    refresh();
    return null;
  }

  public String declare() {
    EqualityRequest request = new EqualityRequest(ApprenticeshipView.text(ethnicity), ApprenticeshipView.text(sex),
        ApprenticeshipView.text(disability), ApprenticeshipView.text(deprivationDecile));
    ServiceCalls.call(SERVICE, () -> apprenticeships.declareEquality(request)).ifPresent(saved -> {
      equality = saved;
      done = "Your equality monitoring answers are saved.";
    });
    refresh();
    return null;
  }

  public boolean isApprentice() {
    return chosen != null;
  }

  /** Loaded and not an apprentice: the page says so. */
  public boolean isNotAnApprentice() {
    return loaded && mine.isEmpty();
  }

  public List<ApprenticeDto> getMine() {
    return mine;
  }

  public ApprenticeDto getChosen() {
    return chosen;
  }

  public OtjLogDto getLog() {
    return log;
  }

  public List<OtjEntryDto> getEntries() {
    return log == null || log.entries() == null ? List.of() : log.entries();
  }

  public List<ReviewDto> getReviews() {
    return reviews;
  }

  public String getStatusLine() {
    return chosen == null ? "" : ApprenticeLines.status(chosen);
  }

  public String getPaceLine() {
    return log != null ? ApprenticeLines.pace(log.progress()) : chosen == null ? "" : ApprenticeLines.pace(chosen.otj());
  }

  public String getReviewLine() {
    return chosen == null ? "" : ApprenticeLines.review(chosen);
  }

  /** When the answers were last saved, in words; empty when never. */
  public String getDeclared() {
    return equality == null || equality.declaredAt() == null ? "" : ApprenticeshipView.moment(equality.declaredAt());
  }

  public String getDone() {
    return done;
  }

  public String getToday() {
    return ApprenticeshipView.today();
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getDisability() {
    return disability;
  }

  public void setDisability(String disability) {
    this.disability = disability;
  }

  public String getDeprivationDecile() {
    return deprivationDecile;
  }

  public void setDeprivationDecile(String deprivationDecile) {
    this.deprivationDecile = deprivationDecile;
  }
}
