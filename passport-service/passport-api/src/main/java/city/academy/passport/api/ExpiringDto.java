package city.academy.passport.api;

import java.time.LocalDate;

/** A requirement of someone's that expires soon, or has expired. */
public record ExpiringDto(
    String personId,
    String displayName,
    String staffGroup,
    String subject,
    String subjectName,
    String level,
    String status,
    LocalDate expiresOn) {}
