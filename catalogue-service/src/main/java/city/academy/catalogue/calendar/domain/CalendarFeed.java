package city.academy.catalogue.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's private feed address. The secret in the address is 256 random bits, shown once when
 * issued; only its SHA-256 hash is kept, so the stored rows cannot be turned back into addresses.
 * A new address revokes the old one (it then answers 404); at most one is live per person.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** 32 bytes in base64url without padding. */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Id
  @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
  private Long id;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
  private String secretHash;

  @Column(name = "active_person_id", length = 16)
  private String activePersonId;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected CalendarFeed() {}

  /** A new feed and its secret (to be shown once; only the hash is kept). */
  public record Issued(CalendarFeed feed, String secret) {}

  public static Issued issue(String personId, OffsetDateTime now) {
    if (personId == null || personId.isBlank() || personId.length() > 16) {
      throw new IllegalArgumentException("Only a person has a calendar feed.");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    CalendarFeed feed = new CalendarFeed();
    feed.personId = personId;
    feed.activePersonId = personId;
    feed.secretHash = hash(secret);
    feed.issuedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    return new Issued(feed, secret);
  }

  /** Whether the text could be a secret at all (anything else is not looked up). */
  public static boolean looksLikeSecret(String text) {
    return text != null && SECRET.matcher(text).matches();
  }

  public static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void revoke(OffsetDateTime now) {
    if (revokedAt == null) {
      revokedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
      activePersonId = null;
    }
  }

  public boolean live() {
    return revokedAt == null;
  }

  public Long id() {
    return id;
  }

  public String personId() {
    return personId;
  }

  public OffsetDateTime issuedAt() {
    return issuedAt;
  }

  public OffsetDateTime revokedAt() {
    return revokedAt;
  }

  String secretHash() {
    return secretHash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarFeed other && Objects.equals(secretHash, other.secretHash);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(secretHash);
  }
}
