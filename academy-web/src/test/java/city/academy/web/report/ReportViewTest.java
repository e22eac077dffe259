package city.academy.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.api.MonthFiguresDto;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportViewTest {

  @Test
  void barsAreScaledToTheBusiestMonthAndSaidInWords() {
    MonthFiguresDto nov = new MonthFiguresDto("2026-11", 2, 0, 20, 15, 5, 4, 10, 1, 0.1);
    MonthFiguresDto dec = new MonthFiguresDto("2026-12", 1, 1, 10, 0, 10, 0, 0, 0, null);
    List<ReportView.Row> rows = ReportView.rows(List.of(nov, dec));
    assertThat(rows.get(0).month()).isEqualTo("Nov 2026");
    assertThat(rows.get(0).ownWidth()).isEqualTo("55.0%");
    assertThat(rows.get(0).partnerWidth()).isEqualTo("20.0%");
    assertThat(rows.get(0).unfilledWidth()).isEqualTo("25.0%");
    assertThat(rows.get(0).description())
        .isEqualTo("20 places offered: 11 filled by the provider's own staff, 4 by other partners' staff, 5 unfilled.");
    assertThat(rows.get(0).dnaRate()).isEqualTo("10%");
    assertThat(rows.get(1).unfilledWidth()).isEqualTo("50.0%");
    assertThat(rows.get(1).dnaRate()).isEqualTo("–");
  }

  @Test
  void ratesMonthsAndEmptyReportsRead() {
    assertThat(ReportView.rate(0.125)).isEqualTo("12.5%");
    assertThat(ReportView.rate(0.0)).isEqualTo("0%");
    assertThat(ReportView.month(null)).isEqualTo("Total");
    assertThat(ReportView.month("nonsense")).isEqualTo("nonsense");
    assertThat(ReportView.width(3, 0)).isEqualTo("0%");
    assertThat(ReportView.rows(null)).isEmpty();
    assertThat(ReportView.monthParam("  ")).isNull();
  }
}
