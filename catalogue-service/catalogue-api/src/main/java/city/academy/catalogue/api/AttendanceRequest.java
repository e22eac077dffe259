package city.academy.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Attendance marks for a session's confirmed bookings: all are recorded, or none.
 *
 * <p>The canonical constructors are written out on purpose (see {@link SessionRequest}).
 */
public record AttendanceRequest(
    @NotEmpty(message = "Send at least one mark.") @Size(max = 1000, message = "Send at most 1000 marks at a time.") @Valid List<Mark> marks) {

  public AttendanceRequest(List<Mark> marks) {
    this.marks = marks;
  }

  /**
   * @param outcome ATTENDED, DID_NOT_ATTEND or COMPLETED
   */
  public record Mark(
      @NotNull(message = "Name the booking.") Long bookingId,
      @NotNull(message = "Give the outcome: ATTENDED, DID_NOT_ATTEND or COMPLETED.") String outcome) {

    public Mark(Long bookingId, String outcome) {
      this.bookingId = bookingId;
      this.outcome = outcome;
    }
  }
}
