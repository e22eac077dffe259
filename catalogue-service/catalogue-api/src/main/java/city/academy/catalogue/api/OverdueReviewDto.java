package city.academy.catalogue.api;

import java.time.LocalDate;

/** An apprentice in learning whose progress review is past due. */
public record OverdueReviewDto(long apprenticeId, String personName, String employerCode, LocalDate lastReviewOn, LocalDate dueBy,
    long daysOverdue) {}
