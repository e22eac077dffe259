package city.academy.passport.credentials.domain;

import city.academy.passport.people.domain.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A signed passport credential as issued: who it is about, which records it asserts, the signed
 * text itself, and whether it has been revoked. Its place in the revocation status list follows
 * from its id ({@link #statusList()}, {@link #statusIndex()}).
 */
@Entity
@Table(name = "passport_credential")
public class PassportCredential {
  /** Entries per status list: 16 KB of bits, the smallest list the W3C recommends for privacy. */
  public static final int STATUS_LIST_SIZE = 131_072;
  public static final int REASON_MAX = 500;

  @Id
  @SequenceGenerator(name = "passport_credential_seq", sequenceName = "passport_credential_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passport_credential_seq")
  private Long id;

  @Column(name = "credential_uuid", nullable = false, length = 36, updatable = false)
  private String uuid;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "key_id", nullable = false, length = 100)
  private String keyId;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "valid_until", nullable = false)
  private OffsetDateTime validUntil;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  /** The organisation it was issued to through a share code; null when the person asked. */
  @Column(name = "issued_for_org", length = 16)
  private String issuedFor;

  @Column(name = "compact_jwt", nullable = false, length = 65_535)
  private String compactJwt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revocation_reason", length = REASON_MAX)
  private String revocationReason;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "passport_credential_record", joinColumns = @JoinColumn(name = "credential_id"))
  @Column(name = "record_id")
  private Set<Long> recordIds = new HashSet<>();

  protected PassportCredential() {}

  /** A credential about to be signed: it has its identity, but no signed text yet. */
  public PassportCredential(Person person, OffsetDateTime issuedAt, OffsetDateTime validUntil, Set<Long> recordIds,
      String issuedBy, String issuedFor) {
    this.uuid = UUID.randomUUID().toString();
    this.person = Objects.requireNonNull(person, "person");
    this.issuedAt = issuedAt.withOffsetSameInstant(ZoneOffset.UTC);
    this.validUntil = validUntil.withOffsetSameInstant(ZoneOffset.UTC);
    if (!this.validUntil.isAfter(this.issuedAt)) {
      throw new IllegalArgumentException("A credential must be valid for some time after it is issued.");
    }
    this.recordIds = new HashSet<>(recordIds);
    this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    this.issuedFor = issuedFor;
  }

  /** Keeps the signed text (once: a credential is never re-signed). */
  public void signed(String keyId, String compactJwt) {
    if (this.compactJwt != null) {
      throw new IllegalStateException("Credential " + uuid + " is already signed.");
    }
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.compactJwt = Objects.requireNonNull(compactJwt, "compactJwt");
  }

  /** Revokes it for good; revoking again keeps the first reason. */
  public boolean revoke(String reason, OffsetDateTime at) {
    if (revokedAt != null) {
      return false;
    }
    String why = reason == null || reason.isBlank() ? "Revoked." : reason.strip();
    revocationReason = why.length() > REASON_MAX ? why.substring(0, REASON_MAX) : why;
    revokedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    return true;
  }

  /** ACTIVE, EXPIRED or REVOKED at a moment. */
  public String statusAt(OffsetDateTime now) {
    if (revokedAt != null) {
      return "REVOKED";
    }
    return now.isBefore(validUntil) ? "ACTIVE" : "EXPIRED";
  }

  public long statusList() {
    return id / STATUS_LIST_SIZE;
  }

  public int statusIndex() {
    return (int) (id % STATUS_LIST_SIZE);
  }

  public Long id() {
    return id;
  }

  public String uuid() {
    return uuid;
  }

  /** The credential's identifier inside the credential: {@code urn:uuid:...}. */
  public String urn() {
    return "urn:uuid:" + uuid;
  }

  public Person person() {
    return person;
  }

  public String keyId() {
    return keyId;
  }

  public OffsetDateTime issuedAt() {
    return issuedAt;
  }

  public OffsetDateTime validUntil() {
    return validUntil;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public String issuedFor() {
    return issuedFor;
  }

  public String compactJwt() {
    return compactJwt;
  }

  public OffsetDateTime revokedAt() {
    return revokedAt;
  }

  public String revocationReason() {
    return revocationReason;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Set<Long> recordIds() {
    return Set.copyOf(recordIds);
  }
}
