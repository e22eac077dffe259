package city.academy.catalogue.course.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** A course owned by a partner organisation; optionally satisfies a framework subject and level. */
@Entity
@Table(name = "course")
public class Course {
  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int CATEGORY_MAX = 64;
  public static final int TEXT_MAX = 500;
  public static final BigDecimal MAX_HOURS = new BigDecimal("999.99");

  @Id
  @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
  private Long id;

  @Column(name = "owner_org_code", nullable = false, length = 16)
  private String ownerOrganisationCode;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = DESCRIPTION_MAX)
  private String description;

  @Column(nullable = false, length = 64)
  private String category;

  /** Title and description lower-cased, for search by words (never shown). */
  @Column(name = "search_text", nullable = false, length = 2 * (TITLE_MAX + 1 + DESCRIPTION_MAX))
  private String searchText;

  @Column(name = "cpd_hours", nullable = false, precision = 5, scale = 2)
  private BigDecimal cpdHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", nullable = false, length = 16)
  private DeliveryMode deliveryMode;

  @Column(length = 500)
  private String audience;

  @Column(length = 500)
  private String prerequisites;

  @Column(name = "subject_code", length = 48)
  private String subjectCode;

  @Column(name = "level_code", length = 16)
  private String levelCode;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Course() {}

  public Course(
      String ownerOrganisationCode,
      String title,
      String description,
      String category,
      BigDecimal cpdHours,
      DeliveryMode deliveryMode,
      String audience,
      String subjectCode,
      String levelCode) {
    this(ownerOrganisationCode, title, description, category, cpdHours, deliveryMode, audience, null, subjectCode, levelCode);
  }

  public Course(
      String ownerOrganisationCode,
      String title,
      String description,
      String category,
      BigDecimal cpdHours,
      DeliveryMode deliveryMode,
      String audience,
      String prerequisites,
      String subjectCode,
      String levelCode) {
    if (ownerOrganisationCode == null || ownerOrganisationCode.isBlank()) {
      throw new IllegalArgumentException("A course is owned by an organisation.");
    }
    this.ownerOrganisationCode = ownerOrganisationCode;
    describe(title, description, category, cpdHours, deliveryMode, audience, prerequisites, subjectCode, levelCode);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Rewrites what the course is (its provider stays). Sessions already booked keep their dates; a
   * change of framework subject applies to completions marked from now on.
   */
  public void describe(String title, String description, String category, BigDecimal cpdHours, DeliveryMode deliveryMode,
      String audience, String prerequisites, String subjectCode, String levelCode) {
    if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
      throw new IllegalArgumentException("title: a course needs a title of at most " + TITLE_MAX + " characters.");
    }
    if (description != null && description.length() > DESCRIPTION_MAX) {
      throw new IllegalArgumentException("description: at most " + DESCRIPTION_MAX + " characters.");
    }
    if (category == null || category.isBlank() || category.length() > CATEGORY_MAX) {
      throw new IllegalArgumentException("category: name the category, in at most " + CATEGORY_MAX + " characters.");
    }
    if (cpdHours == null || cpdHours.signum() < 0 || cpdHours.compareTo(MAX_HOURS) > 0) {
      throw new IllegalArgumentException("cpdHours: CPD hours are 0 to " + MAX_HOURS + ".");
    }
    if (deliveryMode == null) {
      throw new IllegalArgumentException("deliveryMode: say CLASSROOM, VIRTUAL, E_LEARNING or BLENDED.");
    }
    if (audience != null && audience.length() > TEXT_MAX || prerequisites != null && prerequisites.length() > TEXT_MAX) {
      throw new IllegalArgumentException("The audience and the prerequisites are at most " + TEXT_MAX + " characters each.");
    }
    if ((subjectCode == null) != (levelCode == null)) {
      throw new IllegalArgumentException("A course that satisfies a framework subject names both the subject and the level.");
    }
    this.title = title.strip();
    this.description = description == null ? "" : description.strip();
    this.searchText = searchText(this.title, this.description);
    this.category = category.strip();
    this.cpdHours = cpdHours;
    this.deliveryMode = deliveryMode;
    this.audience = blankToNull(audience);
    this.prerequisites = blankToNull(prerequisites);
    this.subjectCode = subjectCode;
    this.levelCode = levelCode;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String prerequisites() {
    return prerequisites;
  }

  public Long id() {
    return id;
  }

  public String ownerOrganisationCode() {
    return ownerOrganisationCode;
  }

  /**
   * What a search by words looks in: the title, a space and the description, lower-cased
   * (Locale.ROOT). A word matches a course when it is part of this text.
   */
  public static String searchText(String title, String description) {
    return (title + " " + description).toLowerCase(Locale.ROOT);
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String category() {
    return category;
  }

  public BigDecimal cpdHours() {
    return cpdHours;
  }

  public DeliveryMode deliveryMode() {
    return deliveryMode;
  }

  public String audience() {
    return audience;
  }

  public String subjectCode() {
    return subjectCode;
  }

  public String levelCode() {
    return levelCode;
  }
}
