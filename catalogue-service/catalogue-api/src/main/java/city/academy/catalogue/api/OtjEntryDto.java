package city.academy.catalogue.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A logged stretch of off-the-job training.
 *
 * @param state PENDING (awaiting confirmation), CONFIRMED or REJECTED
 */
public record OtjEntryDto(long id, long apprenticeId, LocalDate date, BigDecimal hours, String activity, String activityLabel,
    String note, String enteredBy, MomentDto enteredAt, String state, String decidedBy, MomentDto decidedAt, String decisionNote) {}
