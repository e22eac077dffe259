package city.academy.web.passport;

import city.academy.passport.api.PassportClient;
import city.academy.passport.api.TeamMemberDto;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A line manager's team: each person's mandatory training in brief, those needing attention
 * first. Each member's look is written to their access log by the service.
 */
@Named
@RequestScoped
public class TeamBacking {
  private static final String SERVICE = "The passport service";

  @Inject @RestClient PassportClient passport;

  /** One member as listed. */
  public record Row(String personId, String name, String jobRole, TrafficLight light, String status, String detail, String nextExpiry) {}

  private List<Row> rows = List.of();
  private boolean loaded;
  private long compliant;

  public void load() {
    ServiceCalls.call(SERVICE, () -> passport.myTeam(null)).ifPresent(team -> {
      rows = rows(team);
      compliant = team.stream().filter(TeamMemberDto::compliant).count();
      loaded = true;
    });
  }

  static List<Row> rows(List<TeamMemberDto> team) {
    return team.stream()
        .sorted(Comparator.comparing(TeamMemberDto::compliant)
            .thenComparing(m -> -(m.expiredCount() + m.missingCount()))
            .thenComparing(TeamMemberDto::displayName))
        .map(TeamBacking::row)
        .toList();
  }

  static Row row(TeamMemberDto m) {
    int todo = m.expiredCount() + m.missingCount();
    TrafficLight light = todo > 0 ? TrafficLight.RED : m.expiringCount() > 0 ? TrafficLight.AMBER : TrafficLight.GREEN;
    String status = todo > 0 ? todo + " to do" : m.expiringCount() > 0 ? "Up to date, " + m.expiringCount() + " expiring soon" : "Up to date";
    String detail = m.compliantCount() + " up to date, " + m.expiringCount() + " expiring soon, " + m.expiredCount() + " expired, "
        + m.missingCount() + " missing";
    return new Row(m.personId(), m.displayName(), m.jobRole() == null ? "" : m.jobRole(), light, status, detail,
        m.nextExpiry() == null ? "–" : DisplayDates.format(m.nextExpiry()));
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isLoaded() {
    return loaded;
  }

  /** "4 of 6 people meet every requirement". */
  public String getHeadline() {
    return compliant + " of " + rows.size() + (rows.size() == 1 ? " person meets" : " people meet") + " every requirement today.";
  }
}
