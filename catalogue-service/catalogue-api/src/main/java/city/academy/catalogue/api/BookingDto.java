package city.academy.catalogue.api;

/**
 * A booking on the wire.
 *
 * @param partnerPlace whether the learner books as another partner's staff (not the running organisation's)
 * @param status CONFIRMED, WAITLISTED, AWAITING_APPROVAL, REFUSED or CANCELLED
 * @param waitlistPosition place in the queue while waitlisted (1 = next), otherwise null
 * @param attendance ATTENDED, DID_NOT_ATTEND or COMPLETED once marked, otherwise null
 * @param cancelledBy LEARNER or PROVIDER when cancelled
 */
public record BookingDto(
    long id,
    long sessionId,
    long courseId,
    String courseTitle,
    String providerCode,
    MomentDto sessionStartsAt,
    MomentDto sessionEndsAt,
    String personId,
    String displayName,
    String organisationCode,
    boolean partnerPlace,
    String status,
    Integer waitlistPosition,
    String lineManagerPersonId,
    String attendance,
    MomentDto requestedAt,
    MomentDto decidedAt,
    String cancelledBy,
    String note) {}
