package city.academy.catalogue.message.domain;

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
import java.time.OffsetDateTime;

/**
 * A message's way to the person's inbox (the email outbox, ADR 0010). Queued with the message;
 * claimed, sent and marked by {@link EmailOutbox}, never deleted.
 */
@Entity
@Table(name = "email_outbox")
public class EmailDelivery {

  @Id
  @SequenceGenerator(name = "email_outbox_seq", sequenceName = "email_outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_outbox_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "message_id")
  private Message message;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "claimed_by", length = 64)
  private String claimedBy;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "sent_to", length = 320)
  private String sentTo;

  @Column(name = "refused_at")
  private OffsetDateTime refusedAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected EmailDelivery() {}

  /** Due at once. */
  public EmailDelivery(Message message, OffsetDateTime now) {
    this.message = message;
    this.personId = message.personId();
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public Message message() {
    return message;
  }

  public String personId() {
    return personId;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  public String sentTo() {
    return sentTo;
  }

  public OffsetDateTime refusedAt() {
    return refusedAt;
  }

  public String lastError() {
    return lastError;
  }
}
