package city.academy.web.passport;

import city.academy.passport.api.PassportDto.Status;

/**
 * How many requirements have one status, and that share of the status ring on the page (a circle
 * whose circumference is 100, so lengths are percentages).
 *
 * @param status the status
 * @param light its traffic light
 * @param words the status in words, plural-neutral: "up to date", "not done"
 * @param count how many requirements have it
 * @param dash the length of the arc, as the SVG attribute's text
 * @param gap the rest of the circle, as the SVG attribute's text
 * @param offset where the arc starts (from the top, clockwise), as the SVG attribute's text
 */
public record StatusSlice(
    Status status, TrafficLight light, String words, int count, String dash, String gap, String offset) {

  /** The style class of the arc and its key: {@code slice-EXPIRED}. */
  public String styleClass() {
    return "slice-" + status.name();
  }
}
