package city.academy.catalogue.apprenticeship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A person's own equality monitoring answers (latest only). Seen by the person and academy
 * admins; everyone else sees them only as suppressed counts.
 */
@Entity
@Table(name = "equality_declaration")
public class EqualityDeclaration {

  @Id
  @Column(name = "person_id", length = 16)
  private String personId;

  @Column(length = 24)
  private String ethnicity;

  @Column(length = 24)
  private String sex;

  @Column(length = 24)
  private String disability;

  @Column(name = "deprivation_decile", length = 24)
  private String deprivationDecile;

  @Column(name = "declared_at", nullable = false)
  private OffsetDateTime declaredAt;

  protected EqualityDeclaration() {}

  public EqualityDeclaration(String personId) {
    this.personId = personId;
  }

  /**
   * Replaces every answer (blank: not answered).
   *
   * @throws IllegalArgumentException for an answer a question does not have; nothing changes then
   */
  public void declare(String ethnicity, String sex, String disability, String deprivationDecile, OffsetDateTime at) {
    String e = EqualityCharacteristic.ETHNICITY.parse(ethnicity);
    String s = EqualityCharacteristic.SEX.parse(sex);
    String d = EqualityCharacteristic.DISABILITY.parse(disability);
    String decile = EqualityCharacteristic.DEPRIVATION_DECILE.parse(deprivationDecile);
    this.ethnicity = e;
    this.sex = s;
    this.disability = d;
    this.deprivationDecile = decile;
    this.declaredAt = at;
  }

  /** The stored answer to a question, or null when not answered. */
  public String answer(EqualityCharacteristic question) {
    return switch (question) {
      case ETHNICITY -> ethnicity;
      case SEX -> sex;
      case DISABILITY -> disability;
      case DEPRIVATION_DECILE -> deprivationDecile;
    };
  }

  public String personId() {
    return personId;
  }

  public OffsetDateTime declaredAt() {
    return declaredAt;
  }
}
