package city.academy.passport.credentials.api;

import city.academy.passport.api.CredentialDto;
import city.academy.passport.api.CredentialVerificationDto;
import city.academy.passport.credentials.application.CredentialService;
import city.academy.passport.credentials.application.CredentialVerifier;
import city.academy.passport.credentials.domain.PassportCredential;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Credentials and verifications on the wire. */
final class CredentialMapper {
  private CredentialMapper() {}

  static CredentialDto toDto(PassportCredential c, CredentialService service) {
    return new CredentialDto(c.uuid(), c.compactJwt(), c.issuedAt(), c.validUntil(), c.statusAt(OffsetDateTime.now(ZoneOffset.UTC)),
        service.verifyUrl(c.uuid()), c.issuedFor(), c.revokedAt(), c.revocationReason());
  }

  static CredentialVerificationDto toDto(CredentialVerifier.Result result) {
    return new CredentialVerificationDto(result.outcome().name(), result.explanation(),
        result.credential() == null ? null : asserted(result.credential()), result.revokedAt());
  }

  /** What the signed document says, read field by field (it was signed by us, so its shape is ours). */
  static CredentialVerificationDto.Asserted asserted(Map<String, Object> vc) {
    Map<?, ?> issuer = map(vc.get("issuer"));
    Map<?, ?> subject = map(vc.get("credentialSubject"));
    List<CredentialVerificationDto.Requirement> met = new ArrayList<>();
    if (subject.get("requirementsMet") instanceof List<?> items) {
      for (Object o : items) {
        Map<?, ?> item = map(o);
        Map<?, ?> attested = map(item.get("attestedBy"));
        met.add(new CredentialVerificationDto.Requirement(text(item.get("subject")), text(item.get("subjectName")), text(item.get("level")),
            day(item.get("completedOn")), day(item.get("expiresOn")), text(attested.get("id")), text(attested.get("name"))));
      }
    }
    String id = text(vc.get("id"));
    return new CredentialVerificationDto.Asserted(id != null && id.startsWith("urn:uuid:") ? id.substring(9) : id,
        text(issuer.get("id")), text(issuer.get("name")), moment(vc.get("validFrom")), moment(vc.get("validUntil")),
        text(subject.get("name")), text(subject.get("passportId")), text(subject.get("framework")), met);
  }

  private static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static LocalDate day(Object o) {
    return o == null ? null : LocalDate.parse(o.toString());
  }

  private static OffsetDateTime moment(Object o) {
    return o == null ? null : OffsetDateTime.parse(o.toString());
  }
}
