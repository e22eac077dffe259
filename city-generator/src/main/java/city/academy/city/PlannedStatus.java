package city.academy.city;

import java.time.LocalDate;

/**
 * One step of an apprentice's journey.
 *
 * @param status ACTIVE, BREAK_IN_LEARNING, WITHDRAWN, GATEWAY, END_POINT_ASSESSMENT, COMPLETED,
 *     ACHIEVED or FAILED
 * @param effectiveOn from when
 * @param reasonCode for WITHDRAWN only: LEFT_EMPLOYER, CHANGED_CAREER, HEALTH, PERSONAL, WORKLOAD,
 *     PROGRAMME_NOT_SUITABLE, TRANSFERRED_PROVIDER, DISMISSED or OTHER
 * @param plannedReturn for BREAK_IN_LEARNING only: the planned return, after {@code effectiveOn}
 * @param grade for ACHIEVED only: PASS, MERIT or DISTINCTION
 * @param note a short remark, or {@code null}
 */
public record PlannedStatus(
    String status,
    LocalDate effectiveOn,
    String reasonCode,
    LocalDate plannedReturn,
    String grade,
    String note) {}
