package city.academy.passport.staffpassport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.people.domain.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShareCodeTest {
  private final Person person = new Person("OWA-AAAA1111", "Ada", "Okafor", null);
  private final LocalDate today = LocalDate.of(2026, 11, 22);

  @Test
  void aCodeWorksForItsDaysAndNotAfter() {
    ShareCode code = ShareCode.issue(person, 28, null, today);
    assertThat(code.validUntil()).isEqualTo(LocalDate.of(2026, 12, 19));
    assertThat(code.refusalFor("BWC", LocalDate.of(2026, 12, 19))).isNull();
    assertThat(code.refusalFor("BWC", LocalDate.of(2026, 12, 20))).contains("expired");
    assertThat(code.statusOn(LocalDate.of(2026, 12, 20))).isEqualTo(ShareCode.Status.EXPIRED);
  }

  @Test
  void aRevokedCodeWorksForNobody() {
    ShareCode code = ShareCode.issue(person, 28, null, today);
    code.revoke();
    code.revoke();
    assertThat(code.statusOn(today)).isEqualTo(ShareCode.Status.REVOKED);
    assertThat(code.refusalFor("BWC", today)).contains("withdrawn");
  }

  @Test
  void aCodeForOneOrganisationWorksForThatOneOnly() {
    ShareCode code = ShareCode.issue(person, 7, "BWC", today);
    assertThat(code.refusalFor("BWC", today)).isNull();
    assertThat(code.refusalFor("NGH", today)).contains("another organisation");
  }

  @Test
  void codesAreReadableAndTypingSlipsDoNotMatter() {
    ShareCode code = ShareCode.issue(person, 7, null, today);
    assertThat(code.code()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(code.hint()).isEqualTo(code.code().substring(10));
    assertThat(ShareCode.hash(code.code().toLowerCase().replace("-", " "))).isEqualTo(ShareCode.hash(code.code()));
    assertThat(ShareCode.hash("0000-1111-2222")).isEqualTo(ShareCode.hash("OOOO-IIII-2222"));
    assertThat(ShareCode.issue(person, 7, null, today).code()).isNotEqualTo(code.code());
  }

  @Test
  void aCodeLastsOneToNinetyDays() {
    assertThatThrownBy(() -> ShareCode.issue(person, 0, null, today)).hasMessageContaining("1 to 90");
    assertThatThrownBy(() -> ShareCode.issue(person, 91, null, today)).hasMessageContaining("1 to 90");
  }
}
