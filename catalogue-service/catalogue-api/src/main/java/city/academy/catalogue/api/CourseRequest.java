package city.academy.catalogue.api;

import java.math.BigDecimal;

/**
 * A course as its provider describes it (new or changed). {@code providerCode} names the
 * organisation that runs it (yours); on a change it must stay the same. Checked in the service, so
 * the message names the field (see docs/adr/0005 on why not Bean Validation on parameters).
 *
 * @param deliveryMode CLASSROOM, VIRTUAL, E_LEARNING or BLENDED
 * @param subjectCode the framework subject a completion satisfies, with {@code levelCode}; both or neither
 */
public record CourseRequest(
    String providerCode,
    String title,
    String description,
    String category,
    BigDecimal cpdHours,
    String deliveryMode,
    String audience,
    String prerequisites,
    String subjectCode,
    String levelCode) {}
