package city.academy.passport.staffpassport.domain;

import city.academy.passport.people.domain.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's consent for another organisation to check their passport: time-limited, revocable,
 * optionally for one organisation. Only a hash of the code is kept.
 */
@Entity
@Table(name = "share_code")
public class ShareCode {
  public static final int DEFAULT_DAYS = 28;
  public static final int MAX_DAYS = 90;
  /** Crockford's base32: no I, L, O or U, so a code read aloud or from paper is not misread. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How a code stands today. */
  public enum Status { ACTIVE, EXPIRED, REVOKED }

  @Id
  @SequenceGenerator(name = "share_code_seq", sequenceName = "share_code_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "share_code_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "code_hash", nullable = false, unique = true, length = 64)
  private String codeHash;

  @Column(name = "code_hint", nullable = false, length = 4)
  private String codeHint;

  @Column(name = "organisation_code", length = 16)
  private String organisationCode;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  /** The code itself: only on the object that issued it, never stored. */
  @Transient private String code;

  protected ShareCode() {}

  /** Issues a new code, valid from today for {@code days} days (the last day included). */
  public static ShareCode issue(Person person, int days, String organisationCode, LocalDate today) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("A share code lasts 1 to " + MAX_DAYS + " days.");
    }
    ShareCode share = new ShareCode();
    share.person = Objects.requireNonNull(person);
    share.code = newCode();
    share.codeHash = hash(share.code);
    share.codeHint = share.code.substring(share.code.length() - 4);
    share.organisationCode = organisationCode;
    share.issuedAt = OffsetDateTime.now(ZoneOffset.UTC);
    share.validUntil = today.plusDays(days - 1L);
    return share;
  }

  /** Twelve characters in three groups, e.g. {@code K7M2-QX9P-3TRW}: 60 bits of randomness. */
  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** How a typed code is looked up: spaces, dashes and case do not matter; O/I/L read as 0/1/1. */
  public static String hash(String typed) {
    String normal = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
        .replace('O', '0').replace('I', '1').replace('L', '1');
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Status statusOn(LocalDate day) {
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    return day.isAfter(validUntil) ? Status.EXPIRED : Status.ACTIVE;
  }

  /** Revoking twice changes nothing. */
  public void revoke() {
    if (revokedAt == null) {
      revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  /** Why this code does not let {@code organisation} check the passport today, or null if it does. */
  public String refusalFor(String organisation, LocalDate today) {
    return switch (statusOn(today)) {
      case REVOKED -> "This share code has been withdrawn by the person. Ask them for a new one.";
      case EXPIRED -> "This share code expired on " + validUntil + ". Ask the person for a new one.";
      case ACTIVE -> organisationCode != null && !organisationCode.equals(organisation)
          ? "This share code was issued for another organisation."
          : null;
    };
  }

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public String code() {
    return code;
  }

  public String hint() {
    return codeHint;
  }

  public String organisationCode() {
    return organisationCode;
  }

  public OffsetDateTime issuedAt() {
    return issuedAt;
  }

  public LocalDate validUntil() {
    return validUntil;
  }
}
