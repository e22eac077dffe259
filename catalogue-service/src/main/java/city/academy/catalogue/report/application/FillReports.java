package city.academy.catalogue.report.application;

import city.academy.catalogue.booking.domain.LondonTime;
import city.academy.catalogue.report.domain.FillReport;
import city.academy.catalogue.report.domain.ReportPeriod;
import city.academy.catalogue.report.domain.ReportSource;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fill and sharing reports, for those who may see them: a provider organisation's own
 * providers see its report, academy admins every provider's and the city's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FillReports {
  private static final Pattern ORGANISATION = Pattern.compile("[A-Z0-9-]{1,16}");

  private ReportSource source;

  protected FillReports() {}

  @Inject
  public FillReports(ReportSource source) {
    this.source = source;
  }

  public FillReport provider(String code, String from, String to, Caller caller) {
    String provider = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!ORGANISATION.matcher(provider).matches()) {
      throw ProblemException.badRequest("code: \"" + code + "\" is not an organisation code such as NGH.");
    }
    if (!AccessPolicy.mayProvideFor(caller, provider)) {
      throw ProblemException.forbidden("You can see the reports of the organisations you provide training for"
          + (caller.providerFor().isEmpty() ? "." : " (" + String.join(", ", new java.util.TreeSet<>(caller.providerFor())) + ")."));
    }
    ReportPeriod period = period(from, to);
    if (!source.runsCourses(provider)) {
      throw ProblemException.notFound(provider + " runs no courses in the catalogue.");
    }
    return new FillReport(period, source.sessions(period, provider));
  }

  public FillReport city(String from, String to, Caller caller) {
    if (!caller.has(Role.ACADEMY_ADMIN)) {
      throw ProblemException.forbidden("The city-wide report is for academy admins.");
    }
    ReportPeriod period = period(from, to);
    return new FillReport(period, source.sessions(period, null));
  }

  private static ReportPeriod period(String from, String to) {
    return ProblemException.refusing(() -> ReportPeriod.parse(from, to, LocalDate.now(LondonTime.LONDON)));
  }
}
