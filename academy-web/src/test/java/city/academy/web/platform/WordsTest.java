package city.academy.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void codesBecomeWords() {
    assertThat(Words.humanise("NHS_TRUST")).isEqualTo("NHS trust");
    assertThat(Words.humanise("SOCIAL_CARE")).isEqualTo("Social care");
    assertThat(Words.humanise("NURSING_MIDWIFERY")).isEqualTo("Nursing midwifery");
    assertThat(Words.humanise("high")).isEqualTo("High");
    assertThat(Words.humanise(null)).isEmpty();
  }
}
