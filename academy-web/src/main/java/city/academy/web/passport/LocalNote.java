package city.academy.web.passport;

/**
 * An employer's stricter refresher period for a requirement, and how the requirement stands under
 * it (it counts only with that employer; the passport's own light is the partnership's).
 *
 * @param organisation the employer, by name
 * @param refresher the employer's refresher period in words: "every year"
 * @param light the light under the employer's period
 * @param statusText the light in words
 */
public record LocalNote(String organisation, String refresher, TrafficLight light, String statusText) {}
