package city.academy.catalogue.report.domain;

import java.time.OffsetDateTime;

/**
 * One session as the reports count it.
 *
 * @param providerCode the organisation running it
 * @param confirmed confirmed places (for a cancelled session: none, everyone's booking was cancelled)
 * @param partnerConfirmed of which held by other partners' staff
 * @param attendanceMarked confirmed places whose attendance has been marked
 * @param didNotAttend of which marked "did not attend"
 */
public record SessionFigures(
    long sessionId,
    String providerCode,
    OffsetDateTime startsAt,
    boolean cancelled,
    int capacity,
    int confirmed,
    int partnerConfirmed,
    long attendanceMarked,
    long didNotAttend) {}
