package city.academy.catalogue.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A message for one person. Never deleted; read once the person says so. */
@Entity
@Table(name = "message")
public class Message {
  public static final int SUBJECT_MAX = 200;
  public static final int TEXT_MAX = 8000;

  @Id
  @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
  private Long id;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private MessageKind kind;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "body", nullable = false, length = TEXT_MAX)
  private String text;

  @Column(name = "session_id")
  private Long sessionId;

  @Column(name = "booking_id")
  private Long bookingId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Message() {}

  public Message(String personId, MessageKind kind, String subject, String text, Long sessionId, Long bookingId, OffsetDateTime now) {
    this.personId = Objects.requireNonNull(personId, "A message is for a person.");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = cut(subject, SUBJECT_MAX);
    this.text = cut(text, TEXT_MAX);
    this.sessionId = sessionId;
    this.bookingId = bookingId;
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Marks the message read; reading it again changes nothing. */
  public void markRead(OffsetDateTime now) {
    if (readAt == null) {
      readAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }
  }

  private static String cut(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String personId() {
    return personId;
  }

  public MessageKind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public Long sessionId() {
    return sessionId;
  }

  public Long bookingId() {
    return bookingId;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }
}
