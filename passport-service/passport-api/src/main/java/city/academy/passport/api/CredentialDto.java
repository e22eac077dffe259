package city.academy.passport.api;

import java.time.OffsetDateTime;

/**
 * A signed passport credential as issued.
 *
 * @param id its identifier (the credential's {@code urn:uuid:} without the prefix)
 * @param credential the credential itself: a W3C VC 2.0 signed as a vc+jwt (compact JWS)
 * @param issuedAt when it was signed
 * @param validUntil when it stops being valid (the earliest expiry it asserts, at most a year)
 * @param status ACTIVE, EXPIRED or REVOKED
 * @param verifyUrl the public page that checks it (the PDF's QR code leads there)
 * @param issuedFor the organisation it was exported to with a share code, or null when the person asked
 * @param revokedAt when it was revoked, or null
 * @param revocationReason why, or null
 */
public record CredentialDto(
    String id, String credential, OffsetDateTime issuedAt, OffsetDateTime validUntil, String status, String verifyUrl,
    String issuedFor, OffsetDateTime revokedAt, String revocationReason) {}
