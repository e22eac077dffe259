package city.academy.web.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.CredentialVerificationDto;
import city.academy.web.passport.TrafficLight;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialWordsTest {
  private static final CredentialVerificationDto.Asserted ASSERTED = new CredentialVerificationDto.Asserted(
      "5f0c0000-0000-0000-0000-000000000001", "http://x/passport/api/credentials/issuer", "One Workforce Academy",
      OffsetDateTime.parse("2026-11-22T14:05:11Z"), OffsetDateTime.parse("2027-03-01T00:00:00Z"), "Ada Lovelace", "OWA-7K2M9QXD",
      "cstf 1", List.of(new CredentialVerificationDto.Requirement("FIRE_SAFETY", "Fire Safety", "1", LocalDate.of(2025, 3, 1),
          null, "NGH", "Northgate General Hospital")));

  @Test
  void genuineIsGreenWithWhatItAssertsAndDatesForPeople() {
    CredentialWords.Verdict v = CredentialWords.verdict(new CredentialVerificationDto("GENUINE", "It is genuine.", ASSERTED, null));
    assertThat(v.headline()).isEqualTo("Genuine and current");
    assertThat(v.light()).isEqualTo(TrafficLight.GREEN);
    assertThat(v.genuine()).isTrue();
    assertThat(v.cssClass()).isEqualTo("verdict-genuine");
    assertThat(v.explanation()).isEqualTo("It is genuine.");
    assertThat(v.asserted().personName()).isEqualTo("Ada Lovelace");
    assertThat(v.asserted().validFrom()).isEqualTo("22 Nov 2026");
    assertThat(v.asserted().validUntil()).isEqualTo("1 Mar 2027");
    assertThat(v.asserted().requirements()).containsExactly(
        new CredentialWords.Requirement("Fire Safety", "1", "1 Mar 2025", "Does not expire", "Northgate General Hospital"));
  }

  @Test
  void everyOtherOutcomeSaysInWordsWhyNotToRelyOnIt() {
    CredentialWords.Verdict revoked = CredentialWords.verdict(
        new CredentialVerificationDto("REVOKED", "Withdrawn.", ASSERTED, OffsetDateTime.parse("2026-12-02T10:00:00Z")));
    assertThat(revoked.headline()).isEqualTo("Revoked on 2 Dec 2026: no longer to be relied on");
    assertThat(revoked.light()).isEqualTo(TrafficLight.RED);
    CredentialWords.Verdict expired = CredentialWords.verdict(new CredentialVerificationDto("EXPIRED", "Lapsed.", ASSERTED, null));
    assertThat(expired.headline()).isEqualTo("Expired on 1 Mar 2027: genuine, but no longer current");
    assertThat(expired.light()).isEqualTo(TrafficLight.AMBER);
    CredentialWords.Verdict tampered = CredentialWords.verdict(new CredentialVerificationDto("TAMPERED", "Changed.", null, null));
    assertThat(tampered.headline()).startsWith("Not genuine");
    assertThat(tampered.asserted()).isNull();
    assertThat(tampered.genuine()).isFalse();
    assertThat(CredentialWords.verdict(new CredentialVerificationDto("UNKNOWN_ISSUER", "?", null, null)).cssClass())
        .isEqualTo("verdict-unknown-issuer");
    assertThat(CredentialWords.verdict(new CredentialVerificationDto("NOT_A_CREDENTIAL", "?", null, null)).headline())
        .isEqualTo("Not a signed passport");
  }

  @Test
  void statusesInWordsAndOnlyUuidsAreIdentifiers() {
    assertThat(CredentialWords.status("ACTIVE")).isEqualTo("Current");
    assertThat(CredentialWords.status("EXPIRED")).isEqualTo("Expired");
    assertThat(CredentialWords.status("REVOKED")).isEqualTo("Withdrawn");
    assertThat(CredentialWords.statusLight("ACTIVE")).isEqualTo(TrafficLight.GREEN);
    assertThat(CredentialWords.isId("5f0c0000-0000-0000-0000-000000000001")).isTrue();
    assertThat(CredentialWords.isId("../people/me")).isFalse();
    assertThat(CredentialWords.isId(null)).isFalse();
  }
}
