package city.academy.catalogue.api;

import java.math.BigDecimal;

/**
 * One session found by the catalogue search, with what a person chooses a course by.
 *
 * @param session the session and how its places stand
 * @param courseDescription the course's description
 * @param deliveryMode CLASSROOM, VIRTUAL, E_LEARNING or BLENDED
 * @param subjectCode the framework subject a completion satisfies, or null (a CPD course)
 * @param levelCode the level of that subject, or null
 * @param placeForYou whether the person searching could have a place now (one of their employers'
 *     staff may take a free place, and booking is open)
 */
public record SessionSearchHitDto(
    SessionDto session,
    String courseDescription,
    String category,
    BigDecimal cpdHours,
    String deliveryMode,
    String subjectCode,
    String levelCode,
    boolean placeForYou) {}
