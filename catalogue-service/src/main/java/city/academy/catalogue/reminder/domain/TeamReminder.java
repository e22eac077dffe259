package city.academy.catalogue.reminder.domain;

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

/** A reminder waiting for (or gone out in) the digest of one of the person's line managers. */
@Entity
@Table(name = "team_reminder")
public class TeamReminder {

  @Id
  @SequenceGenerator(name = "team_reminder_seq", sequenceName = "team_reminder_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_reminder_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "reminder_id")
  private ExpiryReminder reminder;

  @Column(name = "manager_id", nullable = false, length = 16)
  private String managerId;

  @Column(name = "digest_message_id")
  private Long digestMessageId;

  protected TeamReminder() {}

  public TeamReminder(ExpiryReminder reminder, String managerId) {
    this.reminder = reminder;
    this.managerId = managerId;
  }

  public Long id() {
    return id;
  }

  public ExpiryReminder reminder() {
    return reminder;
  }

  public String managerId() {
    return managerId;
  }
}
