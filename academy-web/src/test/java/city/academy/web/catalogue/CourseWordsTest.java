package city.academy.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CourseWordsTest {
  private final CourseWords words = new CourseWords();

  @Test
  void deliveryModesReadAsWords() {
    assertThat(words.deliveryMode("E_LEARNING")).isEqualTo("E-learning");
    assertThat(words.deliveryMode("VIRTUAL")).isEqualTo("Virtual (online, live)");
    assertThat(words.deliveryMode("SOMETHING_NEW")).isEqualTo("Something new");
    assertThat(words.deliveryMode(null)).isEmpty();
  }

  @Test
  void hoursLoseTrailingZeros() {
    assertThat(words.hours(new BigDecimal("7.50"))).isEqualTo("7.5");
    assertThat(words.hours(new BigDecimal("6.00"))).isEqualTo("6");
    assertThat(words.hours(null)).isEmpty();
  }
}
