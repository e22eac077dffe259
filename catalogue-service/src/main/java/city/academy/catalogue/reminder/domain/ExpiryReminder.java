package city.academy.catalogue.reminder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * That a person was reminded of a training record at a threshold. There is one per record and
 * threshold, ever (a unique key): the reason no reminder goes twice. Never deleted.
 */
@Entity
@Table(name = "expiry_reminder")
public class ExpiryReminder {

  @Id
  @SequenceGenerator(name = "expiry_reminder_seq", sequenceName = "expiry_reminder_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expiry_reminder_seq")
  private Long id;

  @Column(name = "record_id", nullable = false)
  private long recordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ReminderThreshold threshold;

  @Column(name = "person_id", nullable = false, length = 16)
  private String personId;

  @Column(name = "person_name", nullable = false, length = 200)
  private String personName;

  @Column(name = "subject_code", nullable = false, length = 48)
  private String subjectCode;

  @Column(name = "subject_name", nullable = false, length = 200)
  private String subjectName;

  @Column(name = "level_code", nullable = false, length = 16)
  private String levelCode;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "reminded_on", nullable = false)
  private LocalDate remindedOn;

  @Column(name = "message_id", nullable = false)
  private long messageId;

  protected ExpiryReminder() {}

  public ExpiryReminder(DueRequirement due, LocalDate remindedOn, long messageId) {
    this.recordId = due.recordId();
    this.threshold = due.threshold();
    this.personId = due.personId();
    this.personName = clip(due.personName(), 200);
    this.subjectCode = due.subject();
    this.subjectName = clip(due.subjectName(), 200);
    this.levelCode = due.level();
    this.expiresOn = due.expiresOn();
    this.remindedOn = remindedOn;
    this.messageId = messageId;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public long recordId() {
    return recordId;
  }

  public ReminderThreshold threshold() {
    return threshold;
  }

  public String personId() {
    return personId;
  }

  public String personName() {
    return personName;
  }

  public String subjectCode() {
    return subjectCode;
  }

  public String subjectName() {
    return subjectName;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public LocalDate remindedOn() {
    return remindedOn;
  }
}
