package city.academy.web.passport;

import city.academy.passport.api.PassportClient;
import city.academy.passport.api.PassportDto;
import city.academy.web.framework.FrameworkNames;
import city.academy.web.organisation.OrganisationNames;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My passport ({@code ?asOf=2027-03-01} for another day, so the question "will I be compliant on
 * my start date?" has an address that can be shared): the requirements with their traffic lights,
 * other training, and the history of every entry.
 */
@Named
@RequestScoped
public class PassportBacking {
  private static final String SERVICE = "The passport service";

  @Inject @RestClient PassportClient passport;
  @Inject FrameworkNames frameworkNames;
  @Inject OrganisationNames organisationNames;

  private String asOf;
  private AsOf chosen = AsOf.today();
  private PassportDto found;
  private List<RequirementRow> requirements = List.of();
  private List<LocalRequirementRow> local = List.of();
  private List<RecordRow> other = List.of();
  private List<RecordRow> history = List.of();
  private boolean historyLoaded;

  public void load() {
    chosen = AsOf.parse(asOf);
    if (chosen.isInvalid()) {
      ServiceCalls.error(chosen.problem());
      return;
    }
    Names names = names();
    found = ServiceCalls.call(SERVICE, () -> passport.myPassport(chosen.query())).orElse(null);
    if (found == null) {
      return; // the message says why; asking again for the history would only say it twice
    }
    requirements = PassportView.rows(found, names);
    local = PassportView.localRows(found, names);
    other = PassportView.other(found.cpd(), names);
    ServiceCalls.call(SERVICE, passport::myRecords)
        .ifPresent(
            records -> {
              history = PassportView.history(records, names);
              historyLoaded = true;
            });
  }

  private Names names() {
    return Names.of(frameworkNames, organisationNames);
  }

  /** The day asked for in the address, as typed. */
  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  /** Whether the address asked for a day that could not be read. */
  public boolean isAsOfInvalid() {
    return chosen.isInvalid();
  }

  public String getAsOfProblem() {
    return chosen.problem();
  }

  /** Whether the address asked for a particular day (not just today). */
  public boolean isAsOfChosen() {
    return chosen.isChosen();
  }

  /** The date input's value ({@code 2027-03-01}): the day shown, or nothing. */
  public String getAsOfInput() {
    if (chosen.isChosen()) {
      return chosen.date().toString();
    }
    return found == null || found.asOf() == null ? "" : found.asOf().toString();
  }

  public String getEarliest() {
    return AsOf.EARLIEST.toString();
  }

  public String getLatest() {
    return AsOf.LATEST.toString();
  }

  public boolean isLoaded() {
    return found != null;
  }

  public PassportDto getPassport() {
    return found;
  }

  /** Whether the passport is for another day than today. */
  public boolean isOtherDay() {
    return found != null && found.asOf() != null && !found.asOf().equals(today());
  }

  public String getSummary() {
    return found == null ? "" : PassportView.summary(found, today());
  }

  public String getSummaryDetail() {
    return found == null ? "" : PassportView.summaryDetail(found);
  }

  /** The status ring's text alternative: "Your requirements: 5 up to date, 1 expired". */
  public String getBreakdown() {
    return found == null ? "" : "Your requirements: " + PassportView.breakdown(found);
  }

  public List<StatusSlice> getSlices() {
    return found == null ? List.of() : PassportView.slices(found);
  }

  public boolean isAllUpToDate() {
    return found != null && PassportView.needingAttention(found) == 0;
  }

  public List<RequirementRow> getRequirements() {
    return requirements;
  }

  /** The employers' own requirements; empty when they have none. */
  public List<LocalRequirementRow> getLocal() {
    return local;
  }

  /** What needs attention under the employers' own rules, in a sentence; empty when nothing does. */
  public String getLocalDetail() {
    return found == null ? "" : PassportView.localDetail(found);
  }

  public List<RecordRow> getOther() {
    return other;
  }

  public List<RecordRow> getHistory() {
    return history;
  }

  public boolean isHistoryLoaded() {
    return historyLoaded;
  }

  /** "3 Mar 2027": the day the statuses are for. */
  public String getAsOfText() {
    return found == null ? "" : DisplayDates.format(found.asOf());
  }

  private static LocalDate today() {
    return LocalDate.now(DisplayDates.ZONE);
  }
}
