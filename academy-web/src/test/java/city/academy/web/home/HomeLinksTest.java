package city.academy.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HomeLinksTest {

  private static List<String> roles(List<HomeSection> sections) {
    return sections.stream().map(HomeSection::role).toList();
  }

  private static List<String> labels(List<HomeLink> links) {
    return links.stream().map(HomeLink::label).toList();
  }

  @Test
  void staffFindTheirPassportProfileAndTraining() {
    List<HomeSection> sections = HomeLinks.sectionsFor(List.of("STAFF"));
    assertThat(roles(sections)).containsExactly("STAFF");
    assertThat(sections.get(0).links())
        .extracting(HomeLink::label, HomeLink::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("My passport", "/passport.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Share my passport", "/share-codes.xhtml"),
            org.assertj.core.groups.Tuple.tuple("My signed passport", "/credentials.xhtml"),
            org.assertj.core.groups.Tuple.tuple("My profile", "/profile.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Find training", "/catalogue.xhtml"),
            org.assertj.core.groups.Tuple.tuple("My bookings", "/bookings.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Messages", "/messages.xhtml"),
            org.assertj.core.groups.Tuple.tuple("My apprenticeship", "/apprenticeships/mine.xhtml"));
    assertThat(sections.get(0).elementId()).isEqualTo("role-STAFF");
  }

  @Test
  void eachRoleGetsItsOwnSectionInAFixedOrder() {
    List<HomeSection> sections =
        HomeLinks.sectionsFor(List.of("ACADEMY_ADMIN", "PROVIDER", "HR_ADMIN", "LINE_MANAGER", "STAFF"));
    assertThat(roles(sections)).containsExactly("STAFF", "LINE_MANAGER", "HR_ADMIN", "PROVIDER", "ACADEMY_ADMIN");
  }

  @Test
  void roleLinksLeadToTheirPages() {
    assertThat(HomeLinks.sectionsFor(List.of("LINE_MANAGER")).get(0).links())
        .extracting(HomeLink::label, HomeLink::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("My team", "/team.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Approvals", "/approvals.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Apprentices I manage", "/apprenticeships/team.xhtml"));
    assertThat(HomeLinks.sectionsFor(List.of("HR_ADMIN")).get(0).links())
        .extracting(HomeLink::label, HomeLink::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Our staff", "/organisation/staff.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Transfer check", "/organisation/transfer-check.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Compliance", "/organisation/compliance.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Training records", "/organisation/records.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Import records", "/organisation/imports.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Emails that do not arrive", "/organisation/email-problems.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Apprentices", "/apprenticeships/cohorts.xhtml"));
    assertThat(HomeLinks.sectionsFor(List.of("PROVIDER")).get(0).links())
        .extracting(HomeLink::label, HomeLink::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Our courses", "/provider/courses.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Fill report", "/provider/reports.xhtml"),
            org.assertj.core.groups.Tuple.tuple("Apprentice cohorts", "/apprenticeships/cohorts.xhtml"));
    assertThat(HomeLinks.sectionsFor(List.of("ACADEMY_ADMIN")).get(0).links())
        .extracting(HomeLink::path)
        .contains("/city.xhtml", "/academy/fill.xhtml", "/framework.xhtml", "/organisation/partners.xhtml", "/organisation/compliance.xhtml",
            "/organisation/imports.xhtml", "/apprenticeships/programmes.xhtml", "/apprenticeships/cohorts.xhtml",
            "/apprenticeships/city.xhtml")
        .doesNotContain("/organisation/transfer-check.xhtml", "/organisation/records.xhtml");
  }

  @Test
  void staffGetNoAdministrationLinks() {
    List<HomeLink> nav = HomeLinks.navigationFor(List.of("STAFF"));
    assertThat(nav).extracting(HomeLink::path).doesNotContain(
        "/organisation/staff.xhtml", "/framework.xhtml", "/organisation/transfer-check.xhtml", "/organisation/compliance.xhtml",
        "/organisation/records.xhtml", "/city.xhtml", "/team.xhtml", "/approvals.xhtml", "/provider/courses.xhtml",
        "/provider/reports.xhtml", "/academy/fill.xhtml", "/organisation/imports.xhtml", "/apprenticeships/team.xhtml",
        "/apprenticeships/cohorts.xhtml", "/apprenticeships/programmes.xhtml", "/apprenticeships/city.xhtml",
        "/organisation/email-problems.xhtml");
    assertThat(roles(HomeLinks.sectionsFor(List.of("STAFF")))).doesNotContain("HR_ADMIN");
  }

  @Test
  void unknownRolesAndNoRolesGiveNothing() {
    assertThat(HomeLinks.sectionsFor(List.of("SYSTEM", "CAPTAIN"))).isEmpty();
    assertThat(HomeLinks.sectionsFor(List.of())).isEmpty();
    assertThat(labels(HomeLinks.navigationFor(List.of()))).containsExactly("Home");
  }

  @Test
  void navigationListsEachPageOnceStartingAtHome() {
    List<HomeLink> nav = HomeLinks.navigationFor(List.of("STAFF", "LINE_MANAGER", "PROVIDER", "HR_ADMIN"));
    assertThat(labels(nav)).containsExactly(
        "Home", "My passport", "Share my passport", "My signed passport", "My profile", "Find training", "My bookings", "Messages",
        "My apprenticeship", "My team", "Approvals", "Apprentices I manage", "Our staff", "Transfer check", "Compliance", "Training records",
        "Import records", "Emails that do not arrive", "Apprentices", "Our courses", "Fill report");
    assertThat(nav).extracting(HomeLink::path).doesNotHaveDuplicates();
  }

  @Test
  void everySignedInPersonHasTheirPassportInTheNavigation() {
    for (String role : List.of("STAFF", "LINE_MANAGER", "HR_ADMIN", "PROVIDER", "ACADEMY_ADMIN")) {
      List<HomeLink> nav = HomeLinks.navigationFor(List.of(role));
      assertThat(nav).as("navigation of %s", role).extracting(HomeLink::path).contains("/passport.xhtml");
      assertThat(labels(nav).get(1)).isEqualTo("My passport");
    }
    assertThat(HomeLinks.navigationFor(List.of("SYSTEM"))).extracting(HomeLink::path).doesNotContain("/passport.xhtml");
  }
}
