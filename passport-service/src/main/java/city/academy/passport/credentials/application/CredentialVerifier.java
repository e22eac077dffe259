package city.academy.passport.credentials.application;

import city.academy.passport.credentials.domain.PassportCredential;
import city.academy.passport.credentials.infrastructure.CredentialJose;
import city.academy.passport.credentials.infrastructure.CredentialKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says whether a credential is genuine and current, and what it asserts: the answer anyone gets on
 * the public verify page. Nothing is shown beyond what the credential itself carries, and for a
 * credential whose signature fails, nothing of what it claims.
 */
@ApplicationScoped
@Transactional
public class CredentialVerifier {

  /** What a verification found. */
  public enum Outcome {
    /** Signed by this issuer's published key, not revoked, within its validity. */
    GENUINE,
    /** The text was changed after signing (payload or signature), or is not a credential at all. */
    TAMPERED,
    /** Genuine, but revoked (by the person, or a record it asserts was corrected or revoked). */
    REVOKED,
    /** Genuine, but past its validUntil (or not yet valid). */
    EXPIRED,
    /** Signed with a key this issuer does not publish. */
    UNKNOWN_ISSUER,
    /** Not a signed credential: nothing to check. */
    NOT_A_CREDENTIAL
  }

  /**
   * A verification.
   *
   * @param credential the credential as signed, when the signature is valid; null otherwise
   * @param revokedAt when it was revoked, for REVOKED
   */
  public record Result(Outcome outcome, String explanation, Map<String, Object> credential, OffsetDateTime revokedAt) {}

  @Inject CredentialKeys keys;
  @Inject CredentialService credentials;

  public Result verify(String compact) {
    return verify(compact, null);
  }

  /** Verifies an issued credential by its identifier (the PDF's QR code leads here). */
  public Optional<Result> verifyIssued(String uuid) {
    return credentials.byUuid(uuid).map(c -> verify(c.compactJwt(), c));
  }

  /** @param known the issued credential, when the caller has it already; else it is looked up by the credential's id */
  private Result verify(String compact, PassportCredential known) {
    CredentialJose.Checked checked = CredentialJose.check(compact, keys::byId);
    switch (checked.check()) {
      case NOT_JOSE:
        return new Result(Outcome.NOT_A_CREDENTIAL, "This is not a signed credential: paste the whole text, three parts separated by dots.", null, null);
      case WRONG_TYPE:
        return new Result(Outcome.NOT_A_CREDENTIAL, "This is a signed text, but not a passport credential (vc+jwt, ES256).", null, null);
      case UNKNOWN_KEY:
        return new Result(Outcome.UNKNOWN_ISSUER, "It was not signed with any key One Workforce Academy publishes: it did not come from us.", null, null);
      case TAMPERED:
        return new Result(Outcome.TAMPERED, "The signature does not match: the credential was changed after it was issued. Do not rely on it.", null, null);
      default:
        break;
    }
    Map<String, Object> vc = checked.credential();
    Object context = vc.get("@context");
    if (!(context instanceof List<?> list) || list.isEmpty() || !CredentialService.VC_CONTEXT.equals(list.get(0))
        || !(vc.get("issuer") instanceof Map<?, ?> issuer) || !credentials.issuerId().equals(issuer.get("id"))) {
      return new Result(Outcome.UNKNOWN_ISSUER, "Signed with one of our keys, but not a credential we issue.", null, null);
    }
    String id = String.valueOf(vc.get("id"));
    Optional<PassportCredential> issued = known != null && known.urn().equals(id) ? Optional.of(known)
        : id.startsWith("urn:uuid:") ? credentials.byUuid(id.substring("urn:uuid:".length())) : Optional.empty();
    if (issued.isPresent() && issued.get().isRevoked()) {
      return new Result(Outcome.REVOKED, "Genuine, but revoked: " + issued.get().revocationReason() + " Ask the person for a current one.",
          vc, issued.get().revokedAt());
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      OffsetDateTime from = OffsetDateTime.parse(String.valueOf(vc.get("validFrom")));
      OffsetDateTime until = OffsetDateTime.parse(String.valueOf(vc.get("validUntil")));
      if (now.isBefore(from)) {
        return new Result(Outcome.EXPIRED, "Genuine, but not valid before " + from + ".", vc, null);
      }
      if (!now.isBefore(until)) {
        return new Result(Outcome.EXPIRED, "Genuine, but it expired on " + until.toLocalDate()
            + ": some training it asserts has lapsed since. Ask the person for a current one.", vc, null);
      }
    } catch (DateTimeParseException e) {
      return new Result(Outcome.TAMPERED, "Its validity dates cannot be read.", null, null);
    }
    return new Result(Outcome.GENUINE, "Genuine and current: issued by One Workforce Academy, not revoked, within its validity.", vc, null);
  }
}
