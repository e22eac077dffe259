package city.academy.catalogue.apprenticeship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** An apprenticeship standard the academy runs cohorts of. */
@Entity
@Table(name = "apprenticeship_programme")
public class Programme {
  /** The funding rules' minimum duration and minimum off-the-job hours. */
  public static final int MINIMUM_MONTHS = 8;
  public static final int MINIMUM_OTJ_HOURS = 187;
  private static final Pattern STANDARD = Pattern.compile("ST\\d{4}");

  @Id
  @SequenceGenerator(name = "programme_seq", sequenceName = "apprenticeship_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
  private Long id;

  @Column(name = "standard_code", nullable = false, length = 16)
  private String standardCode;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private int level;

  @Column(name = "duration_months", nullable = false)
  private int durationMonths;

  @Column(name = "minimum_otj_hours", nullable = false)
  private int minimumOtjHours;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Programme() {}

  /**
   * @throws IllegalArgumentException for a reference not like ST0118, a blank or long title, a level
   *     outside 2–7, under 8 months or under 187 off-the-job hours
   */
  public Programme(String standardCode, String title, Integer level, Integer durationMonths, Integer minimumOtjHours, OffsetDateTime now) {
    String code = standardCode == null ? "" : standardCode.strip().toUpperCase(Locale.ROOT);
    if (!STANDARD.matcher(code).matches()) {
      throw new IllegalArgumentException("Give the apprenticeship standard's reference: ST and four digits, e.g. ST0118.");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("Give the programme's title, e.g. Data Analyst.");
    }
    if (title.strip().length() > 200) {
      throw new IllegalArgumentException("A programme's title is at most 200 characters.");
    }
    if (level == null || level < 2 || level > 7) {
      throw new IllegalArgumentException("An apprenticeship's level is from 2 to 7.");
    }
    if (durationMonths == null || durationMonths < MINIMUM_MONTHS || durationMonths > 72) {
      throw new IllegalArgumentException("An apprenticeship lasts from " + MINIMUM_MONTHS + " months to 6 years.");
    }
    if (minimumOtjHours == null || minimumOtjHours < MINIMUM_OTJ_HOURS || minimumOtjHours > 5000) {
      throw new IllegalArgumentException("The minimum off-the-job hours are at least " + MINIMUM_OTJ_HOURS + " (and at most 5,000).");
    }
    this.standardCode = code;
    this.title = title.strip();
    this.level = level;
    this.durationMonths = durationMonths;
    this.minimumOtjHours = minimumOtjHours;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String standardCode() {
    return standardCode;
  }

  public String title() {
    return title;
  }

  public int level() {
    return level;
  }

  public int durationMonths() {
    return durationMonths;
  }

  public int minimumOtjHours() {
    return minimumOtjHours;
  }
}
