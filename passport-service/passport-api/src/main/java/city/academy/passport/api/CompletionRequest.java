package city.academy.passport.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A completion handed over by another system (the catalogue): a course finished on a day. With a
 * framework subject and level it becomes a framework record (its expiry from the framework); without,
 * a CPD record of the course. The sender's {@code reference} makes a repeat harmless: the same
 * reference is recorded once.
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 */
public record CompletionRequest(
    @NotBlank(message = "Give the sender's reference for the completion.") @Size(max = 80, message = "A reference is at most 80 characters.") String reference,
    @NotBlank(message = "Say whose completion this is.") @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "A passport identity looks like OWA-7K3M9QX2.") String personId,
    @Size(max = 48) String subject,
    @Size(max = 16) String level,
    @NotBlank(message = "Give the course title.") @Size(max = 200, message = "A course title is at most 200 characters.") String courseTitle,
    @NotNull(message = "Give the completion date.") LocalDate completedOn,
    @NotBlank(message = "Name the organisation that delivered the course.") @Size(max = 16) String deliveredBy) {

  public CompletionRequest(String reference, String personId, String subject, String level, String courseTitle,
      LocalDate completedOn, String deliveredBy) {
    this.reference = reference;
    this.personId = personId;
    this.subject = subject;
    this.level = level;
    this.courseTitle = courseTitle;
    this.completedOn = completedOn;
    this.deliveredBy = deliveredBy;
  }
}
