package city.academy.catalogue.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An email refused for good because of the person's address (none, malformed, or refused by the
 * mail server), told to the HR admins of each organisation the person works for, so that someone
 * corrects it. One row per refused email and organisation; never deleted.
 */
@Entity
@Table(name = "undeliverable_email")
public class UndeliverableEmail {

  @Id
  @SequenceGenerator(name = "undeliverable_email_seq", sequenceName = "undeliverable_email_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "undeliverable_email_seq")
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private long deliveryId;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "person_name", nullable = false, length = 200)
  private String personName;

  @Column(length = 320)
  private String address;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "refused_at", nullable = false)
  private OffsetDateTime refusedAt;

  @Column(name = "organisation_code", length = 16)
  private String organisationCode;

  protected UndeliverableEmail() {}

  public UndeliverableEmail(long deliveryId, String personId, String personName, String address, String reason,
      OffsetDateTime refusedAt, String organisationCode) {
    this.deliveryId = deliveryId;
    this.personId = personId;
    this.personName = clip(personName == null ? personId : personName, 200);
    this.address = address == null ? null : clip(address, 320);
    this.reason = clip(reason == null ? "refused" : reason, 500);
    this.refusedAt = refusedAt;
    this.organisationCode = organisationCode;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
