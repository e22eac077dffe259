package city.academy.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.ComplianceDto;
import city.academy.passport.api.ComplianceDto.Counts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceViewTest {

  private static ComplianceDto of(long people, long compliant) {
    return new ComplianceDto("NGH", "Northgate", LocalDate.of(2026, 11, 22), 90, people, compliant, List.of(), List.of(), List.of());
  }

  @Test
  void percentagesAreWholeAndRoundedDown() {
    assertThat(ComplianceView.percent(1, 3)).isEqualTo(33);
    assertThat(ComplianceView.percent(2, 3)).isEqualTo(66);
    assertThat(ComplianceView.percent(199, 200)).isEqualTo(99);
    assertThat(ComplianceView.percent(5, 5)).isEqualTo(100);
    assertThat(ComplianceView.percent(0, 0)).isZero();
    assertThat(ComplianceView.percent(3, 0)).isZero();
  }

  @Test
  void theHeadlineCountsStaff() {
    assertThat(ComplianceView.headline(of(40, 12))).isEqualTo("12 of 40 staff meet every requirement (30%)");
    assertThat(ComplianceView.headline(of(1, 0))).isEqualTo("0 of 1 member of staff meets every requirement (0%)");
    assertThat(ComplianceView.headline(of(0, 0))).isEqualTo("0 of 0 staff meet every requirement (0%)");
  }

  @Test
  void barSegmentsShareTheWidthAndLeaveOutEmptyStatuses() {
    Counts counts = new Counts("FIRE_SAFETY", "Fire Safety", 3, 0, 1, 4);
    assertThat(ComplianceView.segments(counts))
        .extracting(ComplianceView.Segment::styleClass, ComplianceView.Segment::width)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bar-COMPLIANT", "37.5%"),
            org.assertj.core.groups.Tuple.tuple("bar-EXPIRED", "12.5%"),
            org.assertj.core.groups.Tuple.tuple("bar-MISSING", "50%"));
    assertThat(ComplianceView.segments(new Counts("X", "X", 1, 1, 1, 0)))
        .extracting(ComplianceView.Segment::width)
        .containsExactly("33.33%", "33.33%", "33.33%");
    assertThat(ComplianceView.segments(new Counts("X", "X", 0, 0, 0, 0))).isEmpty();
  }

  @Test
  void theBarHasATextEquivalent() {
    assertThat(ComplianceView.description(new Counts("FIRE_SAFETY", "Fire Safety", 3, 2, 1, 4)))
        .isEqualTo("Fire Safety: 3 compliant, 2 expiring, 1 expired, 4 missing");
    assertThat(ComplianceView.subjectRows(null)).isEmpty();
  }

  @Test
  void theLookAheadIs30Or60Or90Days() {
    assertThat(ComplianceBacking.window(null)).isEqualTo(30);
    assertThat(ComplianceBacking.window("60")).isEqualTo(60);
    assertThat(ComplianceBacking.window(" 90 ")).isEqualTo(90);
    assertThat(ComplianceBacking.window("45")).isEqualTo(30);
    assertThat(ComplianceBacking.window("soon")).isEqualTo(30);
  }
}
