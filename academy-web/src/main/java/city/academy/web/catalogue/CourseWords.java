package city.academy.web.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** How the catalogue's codes and figures read on a page. */
@Named
@ApplicationScoped
public class CourseWords {

  /** "E-learning" for {@code E_LEARNING}: the delivery mode in words. */
  public String deliveryMode(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return switch (code) {
      case "CLASSROOM" -> "Classroom";
      case "VIRTUAL" -> "Virtual (online, live)";
      case "E_LEARNING" -> "E-learning";
      case "BLENDED" -> "Blended";
      default -> code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' ');
    };
  }

  /** "7.5" for 7.50, "6" for 6.00. */
  public String hours(BigDecimal hours) {
    return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
  }
}
