package city.academy.passport.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What checking a credential found, and (when its signature holds) what it asserts: nothing beyond
 * what the credential itself carries.
 *
 * @param outcome GENUINE, TAMPERED, REVOKED, EXPIRED, UNKNOWN_ISSUER or NOT_A_CREDENTIAL
 * @param explanation the outcome in plain words, with what to do
 * @param asserted what the credential says, when genuine, revoked or expired; null otherwise
 * @param revokedAt when it was revoked, for REVOKED
 */
public record CredentialVerificationDto(String outcome, String explanation, Asserted asserted, OffsetDateTime revokedAt) {

  /** What a credential asserts. */
  public record Asserted(
      String credentialId, String issuerId, String issuerName, OffsetDateTime validFrom, OffsetDateTime validUntil,
      String personName, String passportId, String framework, List<Requirement> requirementsMet) {}

  /** One requirement met. */
  public record Requirement(
      String subject, String subjectName, String level, LocalDate completedOn, LocalDate expiresOn, String attestedById,
      String attestedByName) {}
}
