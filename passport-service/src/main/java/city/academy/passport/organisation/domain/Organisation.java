package city.academy.passport.organisation.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A partner organisation. Identified by its short code (e.g. {@code NGH}). Kept in the shared
 * cache: every post names one, and partners join or change their name rarely. A change reaches the
 * cached copy on every instance of a cluster (cache coordination in persistence.xml).
 */
@Entity
@Cacheable
@Table(name = "organisation")
public class Organisation {
  public static final int CODE_MAX = 16;
  public static final int NAME_MAX = 200;

  @Id
  @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = CODE_MAX)
  private String code;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "org_type", nullable = false, length = 32)
  private String type;

  @Column(nullable = false, length = 16)
  private String sector;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Organisation() {}

  public Organisation(String code, String name, String type, String sector) {
    this.code = requireText(code, "code", CODE_MAX);
    this.name = requireText(name, "name", NAME_MAX);
    this.type = requireText(type, "type", 32);
    this.sector = requireText(sector, "sector", 16);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a " + field + ".");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "An organisation's " + field + " can be at most " + max + " characters.");
    }
    return value.strip();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public String sector() {
    return sector;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Organisation that && Objects.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
