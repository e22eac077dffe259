package city.academy.web.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsOfTest {

  @Test
  void nothingAskedForMeansToday() {
    for (String text : new String[] {null, "", "   "}) {
      AsOf asOf = AsOf.parse(text);
      assertThat(asOf.isChosen()).isFalse();
      assertThat(asOf.isInvalid()).isFalse();
      assertThat(asOf.query()).isNull();
    }
    assertThat(AsOf.today().query()).isNull();
  }

  @Test
  void readsWhatADateInputSends() {
    AsOf asOf = AsOf.parse("2035-01-01");
    assertThat(asOf.date()).isEqualTo(LocalDate.of(2035, 1, 1));
    assertThat(asOf.isChosen()).isTrue();
    assertThat(asOf.isInvalid()).isFalse();
    assertThat(asOf.query()).isEqualTo("2035-01-01");
  }

  @Test
  void readsDatesWrittenTheUkWay() {
    assertThat(AsOf.parse("1 Mar 2027").date()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(AsOf.parse(" 01 mar 2027 ").date()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(AsOf.parse("22 Nov 2026").date()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(AsOf.parse("1/3/2027").date()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(AsOf.parse("01/03/2027").date()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(AsOf.parse("29 Feb 2028").date()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @ParameterizedTest(name = "\"{0}\" is explained")
  @ValueSource(strings = {"tomorrow", "2035-13-01", "2035-02-30", "31 Feb 2027", "29 Feb 2027", "2035/01/01", "1-1-2035", "3/13/2027", "<script>"})
  void anythingElseIsExplainedNotThrown(String text) {
    AsOf asOf = AsOf.parse(text);
    assertThat(asOf.isInvalid()).isTrue();
    assertThat(asOf.isChosen()).isFalse();
    assertThat(asOf.query()).isNull();
    assertThat(asOf.problem())
        .isEqualTo("“" + text + "” is not a date we can read. Pick a day in the date field, then choose Show.");
  }

  @Test
  void aLongAnswerIsCutShortInTheMessage() {
    String text = "x".repeat(500);
    assertThat(AsOf.parse(text).problem()).contains("x".repeat(AsOf.QUOTED) + "…").doesNotContain("x".repeat(AsOf.QUOTED + 1));
  }

  @Test
  void daysFarOutsideAnyWorkingLifeAreRefused() {
    // The passport service answers for 1950 to 2100.
    assertThat(AsOf.parse("1949-12-31").problem()).isEqualTo("Choose a date between 1 Jan 1950 and 31 Dec 2100.");
    assertThat(AsOf.parse("2101-01-01").problem()).isEqualTo("Choose a date between 1 Jan 1950 and 31 Dec 2100.");
    assertThat(AsOf.parse("+12035-01-01").isInvalid()).isTrue();
    assertThat(AsOf.parse("2100-12-31").isInvalid()).isFalse();
    assertThat(AsOf.parse("1950-01-01").isInvalid()).isFalse();
  }
}
