package city.academy.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Schedule a session, or change one (every field is sent again).
 *
 * <p>Times are ISO-8601: with an offset ({@code 2026-11-22T09:30Z}, {@code 2026-07-01T09:30+01:00})
 * or, without one, a local time in Europe/London ({@code 2026-11-22T09:30}).
 *
 * <p>The canonical constructor is written out on purpose: an implicit one would carry the
 * constraints onto its parameters, where Payara 6.2025.10's OpenAPI generator fails on them.
 *
 * @param venue where it happens (a venue or an online link, or both)
 * @param capacity places in all, at least 1
 * @param reservedPlaces places held for the running organisation's staff (default 0: all open to partners)
 * @param releaseAt when unfilled places open to everyone (default 7 days before the start)
 * @param bookingCutoffAt last moment to ask for a place (default the start)
 * @param cancellationCutoffAt last moment a learner may cancel a confirmed place (default 24 hours before the start)
 * @param approvalNeeded whether each booking needs the learner's line manager's approval (default no)
 */
public record SessionRequest(
    @NotBlank(message = "Give the start, e.g. 2026-11-22T09:30 (London time) or 2026-11-22T09:30Z.") @Size(max = 40) String startsAt,
    @NotBlank(message = "Give the end, e.g. 2026-11-22T16:30 (London time) or 2026-11-22T16:30Z.") @Size(max = 40) String endsAt,
    @Size(max = 200, message = "A venue is at most 200 characters.") String venue,
    @Size(max = 500, message = "An online link is at most 500 characters.") String onlineLink,
    @Size(max = 120, message = "A trainer's name is at most 120 characters.") String trainer,
    @NotNull(message = "Give the number of places.") Integer capacity,
    Integer reservedPlaces,
    @Size(max = 40) String releaseAt,
    @Size(max = 40) String bookingCutoffAt,
    @Size(max = 40) String cancellationCutoffAt,
    Boolean approvalNeeded) {

  public SessionRequest(
      String startsAt,
      String endsAt,
      String venue,
      String onlineLink,
      String trainer,
      Integer capacity,
      Integer reservedPlaces,
      String releaseAt,
      String bookingCutoffAt,
      String cancellationCutoffAt,
      Boolean approvalNeeded) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.venue = venue;
    this.onlineLink = onlineLink;
    this.trainer = trainer;
    this.capacity = capacity;
    this.reservedPlaces = reservedPlaces;
    this.releaseAt = releaseAt;
    this.bookingCutoffAt = bookingCutoffAt;
    this.cancellationCutoffAt = cancellationCutoffAt;
    this.approvalNeeded = approvalNeeded;
  }
}
