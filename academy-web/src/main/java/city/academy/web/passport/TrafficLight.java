package city.academy.web.passport;

import city.academy.passport.api.PassportDto.Status;

/**
 * The colour a requirement's status is shown in, always together with an icon and words: green
 * for up to date, amber for expiring soon, red for expired or not done. The icon differs by light
 * (a tick, an exclamation mark, a cross), so the status reads without colour too.
 */
public enum TrafficLight {
  GREEN("light-green", "tick"),
  AMBER("light-amber", "exclamation"),
  RED("light-red", "cross");

  private final String cssClass;
  private final String icon;

  TrafficLight(String cssClass, String icon) {
    this.cssClass = cssClass;
    this.icon = icon;
  }

  /** The light for a status; a status the portal does not know (or none) is red: look at it. */
  public static TrafficLight of(Status status) {
    if (status == null) {
      return RED;
    }
    return switch (status) {
      case COMPLIANT -> GREEN;
      case EXPIRING -> AMBER;
      case EXPIRED, MISSING -> RED;
    };
  }

  /** The style class of the row and badge ({@code light-green}). */
  public String cssClass() {
    return cssClass;
  }

  /** Which icon the page draws: {@code tick}, {@code exclamation} or {@code cross}. */
  public String icon() {
    return icon;
  }

  /** Whether the person needs to do something (book a refresher, or the training). */
  public boolean needsAttention() {
    return this != GREEN;
  }
}
