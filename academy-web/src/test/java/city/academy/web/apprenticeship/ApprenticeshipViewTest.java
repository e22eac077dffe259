package city.academy.web.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.CellDto;
import city.academy.catalogue.api.CodeLabelDto;
import city.academy.catalogue.api.CountDto;
import city.academy.catalogue.api.OtjProgressDto;
import city.academy.catalogue.api.StatusChangeDto;
import city.academy.catalogue.api.SummaryRowDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprenticeshipViewTest {

  @Test
  void aSuppressedCountReadsFewerThanFiveAndZerosAreShown() {
    assertThat(ApprenticeshipView.cell(new CellDto(null, true))).isEqualTo("fewer than 5");
    assertThat(ApprenticeshipView.cell(new CellDto(0L, false))).isEqualTo("0");
    assertThat(ApprenticeshipView.cell(new CellDto(1234L, false))).isEqualTo("1,234");
    assertThat(ApprenticeshipView.cell(null)).isEqualTo("–");
  }

  @Test
  void ratesReadAsPercentagesOrNotYet() {
    assertThat(ApprenticeshipView.rate(null)).isEqualTo("not yet");
    assertThat(ApprenticeshipView.rate(0.625)).isEqualTo("62.5%");
    assertThat(ApprenticeshipView.rate(1.0)).isEqualTo("100%");
    assertThat(ApprenticeshipView.achievementStanding(0.4)).isEqualTo("at risk (under 50%)");
    assertThat(ApprenticeshipView.achievementStanding(0.55)).startsWith("needs improvement");
    assertThat(ApprenticeshipView.achievementStanding(null)).isEmpty();
    assertThat(ApprenticeshipView.withdrawalStanding(0.25)).isEqualTo("at risk (above 20%)");
    assertThat(ApprenticeshipView.withdrawalStanding(0.2)).isEqualTo("within the 20% threshold");
  }

  @Test
  void hoursAndPaceInWords() {
    assertThat(ApprenticeshipView.hours(new BigDecimal("7.50"))).isEqualTo("7.5");
    assertThat(ApprenticeshipView.hours(new BigDecimal("12.00"))).isEqualTo("12");
    assertThat(ApprenticeshipView.hours(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(ApprenticeshipView.hours(null)).isEqualTo("0");
    assertThat(ApprenticeshipView.hours(new BigDecimal("13389.5"))).isEqualTo("13,389.5");
    assertThat(ApprenticeshipView.hours(new BigDecimal("248.2666"))).isEqualTo("248.27");
    assertThat(ApprenticeshipView.pace("ON_TRACK")).isEqualTo("On track");
    assertThat(ApprenticeshipView.pace("BEHIND")).isEqualTo("Behind");
    assertThat(ApprenticeshipView.pace("NOT_DUE")).isEqualTo("Nothing due yet");
    assertThat(ApprenticeshipView.pace(null)).startsWith("Not counted");
    assertThat(ApprenticeLines.pace(new OtjProgressDto(280, new BigDecimal("52.5"), new BigDecimal("40"), new BigDecimal("7.5"), "BEHIND")))
        .isEqualTo("40 of 280 planned hours confirmed, 52.5 expected by now, 7.5 waiting to be confirmed: behind.");
  }

  @Test
  void theFunnelsBarsAreScaledToTheLargestAndSayTheirFigures() {
    List<ApprenticeshipView.Bar> bars = ApprenticeshipView.bars(
        List.of(new CountDto("ACTIVE", "Active", 20), new CountDto("WITHDRAWN", "Withdrawn", 1), new CountDto("ACHIEVED", null, 0)),
        "apprentices");
    assertThat(bars).extracting(ApprenticeshipView.Bar::width).containsExactly("100.0%", "5.0%", "0%");
    assertThat(bars).extracting(ApprenticeshipView.Bar::description)
        .containsExactly("Active: 20 apprentices.", "Withdrawn: 1 apprentice.", "Achieved: 0 apprentices.");
    assertThat(ApprenticeshipView.bars(null, "apprentices")).isEmpty();
  }

  @Test
  void equalityAnswersAlwaysOfferPreferNotToSayOnce() {
    List<CodeLabelDto> sex = List.of(new CodeLabelDto("FEMALE", "Female"), new CodeLabelDto("MALE", "Male"));
    assertThat(ApprenticeshipView.withPreferNotToSay(sex)).extracting(CodeLabelDto::code).containsExactly("FEMALE", "MALE", "PREFER_NOT_TO_SAY");
    assertThat(ApprenticeshipView.withPreferNotToSay(ApprenticeshipView.withPreferNotToSay(sex))).hasSize(3);
    assertThat(ApprenticeshipView.label(sex, "MALE")).isEqualTo("Male");
    assertThat(ApprenticeshipView.label(sex, "PREFER_NOT_TO_SAY")).isEqualTo("Prefer not to say");
  }

  @Test
  void typedDatesAndNumbersAreCheckedForShapeOnly() {
    assertThat(ApprenticeshipView.isoDate("2026-09-01", "the start")).isEqualTo("2026-09-01");
    assertThat(ApprenticeshipView.isoDate(" ", "the start")).isNull();
    assertThatThrownBy(() -> ApprenticeshipView.isoDate("1st Sept", "the start")).hasMessageContaining("Pick the start");
    assertThat(ApprenticeshipView.whole("187", "the hours")).isEqualTo(187);
    assertThatThrownBy(() -> ApprenticeshipView.whole("lots", "the hours")).hasMessageStartingWith("The hours is a whole number");
    assertThat(ApprenticeshipView.decimalHours("3,5")).isEqualByComparingTo("3.5");
    assertThatThrownBy(() -> ApprenticeshipView.decimalHours("x")).hasMessageContaining("not one");
  }

  @Test
  void theStatusLineSaysWhyAndUntilWhen() {
    LocalDate start = LocalDate.of(2026, 9, 1);
    StatusChangeDto withdrawn = new StatusChangeDto("WITHDRAWN", "Withdrawn", LocalDate.of(2026, 11, 22), "LEFT_EMPLOYER", "Left their employer",
        null, null, null, "admin", null);
    ApprenticeDto a = new ApprenticeDto(1, 2, "Data Analyst L4", "ST0118", "Data analyst", "OWA-1", "Sam Example", "NGH", null, start,
        start.plusMonths(18), 280, "WITHDRAWN", "Withdrawn", LocalDate.of(2026, 11, 22), null, "LEFT_EMPLOYER", null, null, null,
        start.plusDays(84), false, List.of(withdrawn));
    assertThat(ApprenticeLines.status(a)).isEqualTo("Withdrawn since 22 Nov 2026, reason: left their employer");
    assertThat(ApprenticeLines.review(a)).isEqualTo("No review yet; next due by 24 Nov 2026.");
  }

  @Test
  void aSummaryRowReadsAsOneSentence() {
    SummaryRowDto row = new SummaryRowDto("12", "Data Analyst L4", 24, 20, 1, 2, 1, 0, 6720, new BigDecimal("800"), new BigDecimal("640.5"),
        18, 2, 3, 0.333, 0.0833);
    ApprenticeshipReportView.Figures f = ApprenticeshipReportView.figures(row);
    assertThat(f.headline()).isEqualTo("24 apprentices: 20 in learning, 1 on a break, 2 withdrawn, 1 achieved, 0 failed.");
    assertThat(f.achievementRate()).isEqualTo("33.3%");
    assertThat(f.achievementStanding()).isEqualTo("at risk (under 50%)");
    assertThat(f.planned()).isEqualTo("6,720");
    assertThat(f.confirmed()).isEqualTo("640.5");
  }
}
