package city.academy.web.organisation;

import city.academy.passport.api.OrganisationDto;
import city.academy.passport.api.PassportClient;
import city.academy.passport.api.PersonDto;
import city.academy.passport.api.PersonDto.EmploymentDto;
import city.academy.web.platform.Paging;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import city.academy.web.security.PortalRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's staff, a page at a time ({@code ?org=&page=}). HR admins see the organisation
 * they are HR admin of (or choose among theirs); academy admins choose any. The passport service
 * decides who may see which list; its refusal is shown as it words it.
 */
@Named
@RequestScoped
public class StaffBacking {
  static final int PAGE_SIZE = 50;

  @Inject @RestClient PassportClient passport;
  @Inject CurrentUser currentUser;

  private String org;
  private String page;
  private List<OrganisationDto> choices = List.of();
  private OrganisationDto organisation;
  private List<StaffRow> staff = List.of();
  private Paging paging = Paging.none();
  private boolean loaded;

  public void load() {
    boolean admin = currentUser.hasRole(PortalRole.ACADEMY_ADMIN);
    List<String> mine = currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
    List<OrganisationDto> all =
        ServiceCalls.call("The passport service", passport::organisations).orElse(List.of());
    choices =
        admin
            ? all
            : all.stream().filter(o -> mine.contains(o.code())).toList();

    String code = org == null || org.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : org.strip();
    if (code == null) {
      return; // an academy admin who has not chosen yet
    }
    org = code;
    organisation =
        all.stream()
            .filter(o -> o.code().equals(code))
            .findFirst()
            .orElse(new OrganisationDto(code, code, null, null));
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call("The passport service", () -> passport.staff(code, wanted, PAGE_SIZE))
        .ifPresent(
            found -> {
              List<PersonDto> people = found.items() == null ? List.of() : found.items();
              staff = people.stream().map(p -> rowOf(p, code)).toList();
              paging = new Paging(found.page(), found.size(), found.total());
              loaded = true;
            });
  }

  static StaffRow rowOf(PersonDto person, String organisationCode) {
    List<EmploymentDto> employments = person.employments() == null ? List.of() : person.employments();
    LocalDate today = LocalDate.now();
    Optional<EmploymentDto> post =
        employments.stream()
            .filter(e -> Objects.equals(e.organisationCode(), organisationCode))
            .filter(e -> e.endDate() == null || !e.endDate().isBefore(today))
            .max(Comparator.comparing(EmploymentDto::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    String name = ((person.givenName() == null ? "" : person.givenName()) + " "
        + (person.familyName() == null ? "" : person.familyName())).strip();
    return new StaffRow(
        name,
        person.personId(),
        post.map(EmploymentDto::employeeNumber).orElse(""),
        post.map(EmploymentDto::jobRole).orElse(""),
        post.map(EmploymentDto::staffGroup).orElse(""),
        post.map(EmploymentDto::startDate).orElse(null));
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  /** The page asked for in the address, as typed: anything that is not a page number means 0. */
  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  /** Organisations the person may choose among (shown when there is more than one). */
  public List<OrganisationDto> getChoices() {
    return choices;
  }

  public OrganisationDto getOrganisation() {
    return organisation;
  }

  public List<StaffRow> getStaff() {
    return staff;
  }

  public Paging getPaging() {
    return paging;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
