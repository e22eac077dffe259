package city.academy.catalogue.api;

/**
 * A session of a course and how its places stand.
 *
 * @param reservedPlaces places held for the staff of the organisation that runs the course
 * @param partnerPlaces places open to other partners' staff (capacity minus reserved places)
 * @param releaseAt after this moment any unfilled place is open to everyone
 * @param placesReleased whether that moment has passed (unfilled places are open to everyone)
 * @param bookingCutoffAt requests are taken until this moment
 * @param cancellationCutoffAt learners may cancel a confirmed place until this moment
 * @param status SCHEDULED or CANCELLED
 * @param confirmed confirmed places in all
 * @param ownerConfirmed of which taken by the running organisation's staff
 * @param partnerConfirmed of which taken by other partners' staff
 * @param freePlaces capacity minus confirmed
 */
public record SessionDto(
    long id,
    long courseId,
    String courseTitle,
    String providerCode,
    MomentDto startsAt,
    MomentDto endsAt,
    String venue,
    String onlineLink,
    String trainer,
    int capacity,
    int reservedPlaces,
    int partnerPlaces,
    MomentDto releaseAt,
    boolean placesReleased,
    MomentDto bookingCutoffAt,
    MomentDto cancellationCutoffAt,
    boolean approvalNeeded,
    String status,
    String cancellationReason,
    int confirmed,
    int ownerConfirmed,
    int partnerConfirmed,
    int waitlisted,
    int freePlaces) {}
