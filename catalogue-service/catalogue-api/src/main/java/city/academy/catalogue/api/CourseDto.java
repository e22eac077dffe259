package city.academy.catalogue.api;

import java.math.BigDecimal;

/** A course on the wire. */
public record CourseDto(
    long id,
    String providerCode,
    String title,
    String description,
    String category,
    BigDecimal cpdHours,
    String deliveryMode,
    String audience,
    String subjectCode,
    String levelCode,
    String prerequisites) {}
