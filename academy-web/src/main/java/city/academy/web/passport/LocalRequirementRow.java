package city.academy.web.passport;

import java.time.LocalDate;

/**
 * One of an employer's own requirements (local induction, say): not portable, and not part of the
 * passport's overall compliance.
 *
 * @param code the requirement's code (for the row's id)
 * @param title what it is
 * @param organisation the employer that asks for it, by name
 * @param light its traffic light
 * @param statusText the light in words
 * @param completedOn when the deciding record was completed; {@code null} without one
 * @param source how the deciding record came in, in words
 */
public record LocalRequirementRow(
    String code, String title, String organisation, TrafficLight light, String statusText, LocalDate completedOn, String source) {}
