package city.academy.passport.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.framework.domain.Post;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.domain.TrainingFrameworkTest;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import city.academy.passport.staffpassport.domain.Passport.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting many people by the passport's own rules. */
class ComplianceTallyTest {
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(TrainingFrameworkTest.FILE));
  private final LocalDate today = LocalDate.of(2026, 11, 22);
  private final Post clerk = new Post("ADMIN_CLERICAL", false, false, "HEALTH");
  private long ids;

  private List<EvidenceRow> everythingFor(Post post, LocalDate completed) {
    List<EvidenceRow> rows = new ArrayList<>();
    for (var requirement : framework.requirementsFor(List.of(post))) {
      rows.add(new EvidenceRow(++ids, requirement.subject(), requirement.level(), completed,
          framework.expiryOf(requirement.subject(), requirement.level(), completed).orElse(null), false, null));
    }
    return rows;
  }

  @Test
  void countsEachRequirementOnceAndPeopleWhoMeetThemAll() {
    ComplianceTally tally = new ComplianceTally(framework, today, 90, 30, 100);
    tally.add(new StaffMember(1, "OWA-1", "Ada Okafor", List.of(clerk), List.of("NGH"), everythingFor(clerk, today.minusDays(10))));
    tally.add(new StaffMember(2, "OWA-2", "Ben Shah", List.of(clerk), List.of("NGH"), List.of()));
    int requirements = framework.requirementsFor(List.of(clerk)).size();

    assertThat(tally.all().people()).isEqualTo(2);
    assertThat(tally.all().compliant()).isEqualTo(1);
    var fire = tally.bySubject().get("FIRE_SAFETY");
    assertThat(fire.of(Status.COMPLIANT)).isEqualTo(1);
    assertThat(fire.of(Status.MISSING)).isEqualTo(1);
    long total = tally.bySubject().values().stream().mapToLong(c -> c.of(Status.COMPLIANT) + c.of(Status.EXPIRING) + c.of(Status.EXPIRED) + c.of(Status.MISSING)).sum();
    assertThat(total).isEqualTo(2L * requirements);
    assertThat(tally.byGroup().get("ADMIN_CLERICAL").people()).isEqualTo(2);
    assertThat(tally.byOrganisation().get("NGH").compliant()).isEqualTo(1);
  }

  @Test
  void listsWhatExpiresWithinTheHorizonSoonestFirst() {
    ComplianceTally tally = new ComplianceTally(framework, today, 90, 30, 100);
    // Information governance is yearly: done 350 days ago, it expires in 15 days.
    tally.add(new StaffMember(1, "OWA-1", "Ada Okafor", List.of(clerk), List.of("NGH"), everythingFor(clerk, today.minusDays(350))));
    tally.add(new StaffMember(2, "OWA-2", "Ben Shah", List.of(clerk), List.of("NGH"), everythingFor(clerk, today.minusDays(10))));
    assertThat(tally.expiring()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.personId()).isEqualTo("OWA-1");
      assertThat(e.expiresOn()).isBefore(today.plusDays(31));
    });
    assertThat(tally.expiring()).extracting(ComplianceTally.Expiring::subject).contains("INFORMATION_GOVERNANCE");
  }

  @Test
  void theListIsCappedButTheCountsAreNot() {
    ComplianceTally tally = new ComplianceTally(framework, today, 90, 30, 3);
    for (int i = 0; i < 20; i++) {
      tally.add(new StaffMember(i, "OWA-" + i, "Person " + i, List.of(clerk), List.of("NGH"), everythingFor(clerk, today.minusDays(350))));
    }
    assertThat(tally.expiring()).hasSize(3);
    assertThat(tally.all().people()).isEqualTo(20);
  }
}
