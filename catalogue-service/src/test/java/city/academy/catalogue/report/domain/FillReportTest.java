package city.academy.catalogue.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillReportTest {
  static final ReportPeriod Q1 = new ReportPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

  static SessionFigures session(String provider, OffsetDateTime starts, boolean cancelled, int capacity, int confirmed, int partners,
      long marked, long dna) {
    return new SessionFigures(1, provider, starts, cancelled, capacity, confirmed, partners, marked, dna);
  }

  @Test
  void placesAreCountedByProviderAndLondonMonth() {
    OffsetDateTime jan = OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    // 31 March 23:30 UTC is 1 April 00:30 in London (summer time): outside the period
    OffsetDateTime april = OffsetDateTime.of(2026, 3, 31, 23, 30, 0, 0, ZoneOffset.UTC);
    FillReport report = new FillReport(Q1, List.of(
        session("NGH", jan, false, 10, 8, 3, 8, 2),
        session("NGH", jan.plusDays(3), false, 20, 5, 0, 0, 0),
        session("NGH", jan.plusDays(4), true, 12, 0, 0, 0, 0),
        session("BWC", jan.plusMonths(1), false, 6, 6, 6, 4, 1),
        session("NGH", april, false, 10, 10, 0, 0, 0)));

    MonthTally ngh = report.provider("NGH").get(YearMonth.of(2026, 1));
    assertThat(ngh.sessions()).isEqualTo(3);
    assertThat(ngh.cancelledSessions()).isEqualTo(1);
    assertThat(ngh.placesOffered()).isEqualTo(30);
    assertThat(ngh.placesFilled()).isEqualTo(13);
    assertThat(ngh.placesUnfilled()).isEqualTo(17);
    assertThat(ngh.filledByOtherPartners()).isEqualTo(3);
    assertThat(ngh.didNotAttendRate()).isEqualTo(0.25);
    assertThat(report.provider("NGH").get(YearMonth.of(2026, 3)).sessions()).isZero();
    assertThat(report.provider("NGH").get(YearMonth.of(2026, 2)).didNotAttendRate()).as("nothing marked").isNull();
    assertThat(report.provider("SCC")).hasSize(3);
    assertThat(report.providers()).containsOnlyKeys("BWC", "NGH");

    MonthTally city = FillReport.total(report.city());
    assertThat(city.sessions()).isEqualTo(4);
    assertThat(city.placesOffered()).isEqualTo(36);
    assertThat(city.placesFilled()).isEqualTo(19);
    assertThat(city.filledByOtherPartners()).isEqualTo(9);
    assertThat(city.attendanceMarked()).isEqualTo(12);
    assertThat(city.didNotAttendRate()).isEqualTo(0.25);
  }

  @Test
  void periods() {
    ReportPeriod year = ReportPeriod.parse(null, null, LocalDate.of(2026, 11, 22));
    assertThat(year).isEqualTo(new ReportPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
    assertThat(ReportPeriod.parse("2026-05", null, LocalDate.of(2026, 11, 22)).to()).isEqualTo(YearMonth.of(2027, 4));
    assertThat(ReportPeriod.parse(null, "2026-05", LocalDate.of(2026, 11, 22)).from()).isEqualTo(YearMonth.of(2025, 6));
    assertThat(year.months()).hasSize(12);
    assertThat(year.startsAt()).isEqualTo(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(new ReportPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 4)).startsAt())
        .isEqualTo(OffsetDateTime.of(2026, 3, 31, 23, 0, 0, 0, ZoneOffset.UTC));
    assertThatThrownBy(() -> ReportPeriod.parse("2026-13", null, LocalDate.now())).hasMessageStartingWith("from:");
    assertThatThrownBy(() -> ReportPeriod.parse(null, "May", LocalDate.now())).hasMessageStartingWith("to:");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-05", "2026-04", LocalDate.now())).hasMessageStartingWith("to:");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-01", "2029-01", LocalDate.now())).hasMessageContaining("36 months");
  }
}
