package city.academy.passport.staffpassport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.domain.TrainingFrameworkTest;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import city.academy.passport.people.domain.Person;
import city.academy.passport.records.domain.TrainingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferCheckTest {
  private final TrainingFramework framework = new TrainingFramework(FrameworkSource.read(TrainingFrameworkTest.FILE));
  private final Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
  private final LocalDate today = LocalDate.of(2026, 11, 22);
  private final List<TrainingRecord> history = new ArrayList<>();
  private final List<Requirement> post = List.of(
      new Requirement("FIRE_SAFETY", "1", List.of()),
      new Requirement("INFORMATION_GOVERNANCE", "1", List.of()),
      new Requirement("SAFEGUARDING_ADULTS", "2", List.of()));

  private void done(String subject, String level, LocalDate completed) {
    history.add(TrainingRecord.forSubject(person, subject, level, completed,
        framework.expiryOf(subject, level, completed).orElse(null), TrainingRecord.Source.IMPORT, null, "test", today));
  }

  @Test
  void validThroughTheStartDateCountsExpiringBeforeItDoesNotMissingIsToDo() {
    done("FIRE_SAFETY", "1", LocalDate.of(2026, 1, 15));          // valid until 14 Jan 2028
    done("INFORMATION_GOVERNANCE", "1", LocalDate.of(2026, 1, 5)); // expires 5 Jan 2027
    TransferCheck check = TransferCheck.assess(framework, post, history, today, LocalDate.of(2027, 1, 5));
    assertThat(check.items()).extracting(TransferCheck.Item::outcome).containsExactly(
        TransferCheck.Outcome.MET, TransferCheck.Outcome.EXPIRES_BEFORE_START, TransferCheck.Outcome.MISSING);
    assertThat(check.metCount()).isEqualTo(1);
    assertThat(check.toDoCount()).isEqualTo(2);
    assertThat(check.hoursAvoided()).isEqualTo(framework.level("FIRE_SAFETY", "1").orElseThrow().typicalHours());
  }

  @Test
  void theDayBeforeExpiryIsStillInTime() {
    done("INFORMATION_GOVERNANCE", "1", LocalDate.of(2026, 1, 5));
    TransferCheck check = TransferCheck.assess(framework, post.subList(1, 2), history, today, LocalDate.of(2027, 1, 4));
    assertThat(check.items().get(0).outcome()).isEqualTo(TransferCheck.Outcome.MET);
  }

  @Test
  void aHigherLevelFromAnotherEmployerCounts() {
    done("SAFEGUARDING_ADULTS", "3", LocalDate.of(2025, 6, 1));
    TransferCheck check = TransferCheck.assess(framework, post.subList(2, 3), history, today, today.plusDays(30));
    assertThat(check.items().get(0).outcome()).isEqualTo(TransferCheck.Outcome.MET);
  }

  @Test
  void aStartDateInThePastIsRefused() {
    assertThatThrownBy(() -> TransferCheck.assess(framework, post, history, today, today.minusDays(1))).hasMessageContaining("has passed");
  }
}
