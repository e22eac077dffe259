package city.academy.catalogue.api;

/**
 * How the places of sessions starting in one month (London) were used.
 *
 * @param month yyyy-mm, or null for the total of a report
 * @param sessions sessions scheduled to start in the month (cancelled ones included)
 * @param cancelledSessions of which cancelled by the provider (their places are not counted)
 * @param placesOffered places of the sessions not cancelled
 * @param placesFilled confirmed places
 * @param placesUnfilled offered minus filled
 * @param filledByOtherPartners confirmed places taken by staff of another partner than the provider
 * @param attendanceMarked confirmed places whose attendance has been marked
 * @param didNotAttend of which marked "did not attend"
 * @param didNotAttendRate did not attend / attendance marked, from 0 to 1; null when nothing is marked
 */
public record MonthFiguresDto(
    String month,
    long sessions,
    long cancelledSessions,
    long placesOffered,
    long placesFilled,
    long placesUnfilled,
    long filledByOtherPartners,
    long attendanceMarked,
    long didNotAttend,
    Double didNotAttendRate) {}
