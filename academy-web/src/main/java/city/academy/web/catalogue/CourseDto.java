package city.academy.web.catalogue;

import java.math.BigDecimal;

/** A course as the catalogue service sends it. */
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
    String levelCode) {

  /** "7.5" for 7.50, "6" for 6.00. */
  public String cpdHoursText() {
    return cpdHours == null ? "" : cpdHours.stripTrailingZeros().toPlainString();
  }

  /** "E-learning" for {@code E_LEARNING}: the delivery mode in words. */
  public String deliveryModeText() {
    if (deliveryMode == null || deliveryMode.isBlank()) {
      return "";
    }
    return switch (deliveryMode) {
      case "CLASSROOM" -> "Classroom";
      case "VIRTUAL" -> "Virtual (online, live)";
      case "E_LEARNING" -> "E-learning";
      case "BLENDED" -> "Blended";
      default -> deliveryMode.charAt(0) + deliveryMode.substring(1).toLowerCase().replace('_', ' ');
    };
  }
}
