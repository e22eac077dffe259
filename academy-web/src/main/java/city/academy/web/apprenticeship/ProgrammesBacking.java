package city.academy.web.apprenticeship;

import city.academy.catalogue.api.ApprenticeshipClient;
import city.academy.catalogue.api.ProgrammeDto;
import city.academy.catalogue.api.ProgrammeRequest;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The apprenticeship programmes the academy runs ({@code /apprenticeships/programmes.xhtml},
 * academy admins), and a new one set up. The catalogue checks the figures (level 2 to 7, at least 8
 * months, at least 187 off-the-job hours, a reference not used yet) and says what is wrong.
 */
@Named
@RequestScoped
public class ProgrammesBacking {
  static final String SERVICE = ApprenticeshipLists.SERVICE;

  @Inject @RestClient ApprenticeshipClient apprenticeships;

  private List<ProgrammeDto> programmes = List.of();
  private boolean loaded;
  private String done;

  private String standardCode;
  private String title;
  private String level;
  private String durationMonths;
  private String minimumOtjHours;

  @PostConstruct
  void load() {
    refresh();
  }

  private void refresh() {
    ServiceCalls.call(SERVICE, apprenticeships::programmes).ifPresent(found -> {
      programmes = found;
      loaded = true;
    });
  }

  public String add() {
    ProgrammeRequest request;
    try {
      request = new ProgrammeRequest(ApprenticeshipView.text(standardCode), ApprenticeshipView.text(title),
          ApprenticeshipView.whole(level, "the level"), ApprenticeshipView.whole(durationMonths, "the duration in months"),
          ApprenticeshipView.whole(minimumOtjHours, "the minimum off-the-job hours"));
    } catch (IllegalArgumentException e) {
      ServiceCalls.error(e.getMessage());
      return null;
    }
    ServiceCalls.call(SERVICE, () -> apprenticeships.addProgramme(request)).ifPresent(p -> {
      done = "Programme " + p.standardCode() + " " + p.title() + " (level " + p.level() + ") added.";
      standardCode = null;
      title = null;
      level = null;
      durationMonths = null;
      minimumOtjHours = null;
    });
    refresh();
    return null;
  }

  public List<ProgrammeDto> getProgrammes() {
    return programmes;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public String getDone() {
    return done;
  }

  public String getStandardCode() {
    return standardCode;
  }

  public void setStandardCode(String standardCode) {
    this.standardCode = standardCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(String durationMonths) {
    this.durationMonths = durationMonths;
  }

  public String getMinimumOtjHours() {
    return minimumOtjHours;
  }

  public void setMinimumOtjHours(String minimumOtjHours) {
    this.minimumOtjHours = minimumOtjHours;
  }
}
