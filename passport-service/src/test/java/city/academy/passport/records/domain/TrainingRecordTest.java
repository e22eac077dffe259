package city.academy.passport.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.people.domain.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {
  private final Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
  private final LocalDate today = LocalDate.of(2026, 11, 22);

  private TrainingRecord record(LocalDate completed, LocalDate expires) {
    return TrainingRecord.forSubject(person, "FIRE_SAFETY", "1", completed, expires, TrainingRecord.Source.MANUAL, null, "hr", today);
  }

  @Test
  void validBeforeItsExpiryDateAndExpiredFromIt() {
    TrainingRecord r = record(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 12, 1));
    assertThat(r.isValidOn(LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(r.isValidOn(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(r.isValidOn(LocalDate.of(2024, 11, 30))).as("not before it was done").isFalse();
  }

  @Test
  void aCompletionInTheFutureIsRefused() {
    assertThatThrownBy(() -> record(today.plusDays(1), null)).hasMessageContaining("cannot be in the future");
  }

  @Test
  void anExpiryOnOrBeforeCompletionIsRefused() {
    assertThatThrownBy(() -> record(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))).hasMessageContaining("expire");
  }

  @Test
  void aRecordThatNeverExpiresStaysValid() {
    assertThat(record(LocalDate.of(2010, 1, 1), null).isValidOn(today)).isTrue();
  }
}
