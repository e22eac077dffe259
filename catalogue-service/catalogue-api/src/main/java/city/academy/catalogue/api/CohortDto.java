package city.academy.catalogue.api;

import java.time.LocalDate;
import java.util.List;

/** A cohort of apprentices on one programme, from one or more employers. */
public record CohortDto(long id, String name, long programmeId, String standardCode, String programmeTitle, int level,
    String providerCode, LocalDate startDate, String academyContact, List<String> employerCodes, long apprentices) {}
