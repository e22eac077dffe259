package city.academy.web.profile;

import city.academy.passport.api.PassportClient;
import city.academy.passport.api.PersonDto;
import city.academy.passport.api.PersonDto.EmploymentDto;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** My profile: my person record and employments from the passport service. */
@Named
@RequestScoped
public class ProfileBacking {

  @Inject @RestClient PassportClient passport;

  private PersonDto person;

  public void load() {
    person = ServiceCalls.call("The passport service", passport::me).orElse(null);
  }

  public PersonDto getPerson() {
    return person;
  }

  public String getFullName() {
    if (person == null) {
      return "";
    }
    return (nullToEmpty(person.givenName()) + " " + nullToEmpty(person.familyName())).strip();
  }

  /** Current posts first (latest start first), then past ones. */
  public List<EmploymentDto> getEmployments() {
    if (person == null || person.employments() == null) {
      return List.of();
    }
    return person.employments().stream()
        .sorted(
            Comparator.comparing((EmploymentDto e) -> !isCurrent(e))
                .thenComparing(EmploymentDto::startDate, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  public boolean isCurrent(EmploymentDto employment) {
    return employment.endDate() == null || !employment.endDate().isBefore(LocalDate.now());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
