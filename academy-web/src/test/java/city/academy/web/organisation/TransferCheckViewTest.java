package city.academy.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.TrainingRecordDto;
import city.academy.passport.api.TransferCheckDto;
import city.academy.passport.api.TransferCheckDto.Item;
import city.academy.passport.api.TransferCheckDto.Outcome;
import city.academy.web.passport.TrafficLight;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferCheckViewTest {
  private static final LocalDate START = LocalDate.of(2026, 12, 7);

  private static Item item(Outcome outcome, LocalDate validUntil, double hours) {
    return new Item("FIRE_SAFETY", "Fire Safety", "1", "Level 1", outcome, validUntil, hours, null);
  }

  private static TransferCheckDto check(List<Item> items, int met, double hours) {
    return new TransferCheckDto("OWA-1", "Sam Patel", "BWC", "CARE_WORKER", "Care Worker", START, START.minusDays(14),
        items, met, items.size() - met, hours, List.of());
  }

  @Test
  void theSummarySaysHowMuchIsMetAndTheHoursSaved() {
    TransferCheckDto check =
        check(List.of(item(Outcome.MET, null, 2), item(Outcome.MET, null, 2.5), item(Outcome.MISSING, null, 1)), 2, 4.5);
    assertThat(TransferCheckView.summary(check))
        .isEqualTo("2 of 3 requirements already met — about 4.5 hours of training they need not repeat");
    assertThat(TransferCheckView.summary(check(List.of(item(Outcome.MET, null, 1)), 1, 1.0)))
        .isEqualTo("1 of 1 requirement already met — about 1 hour of training they need not repeat");
  }

  @Test
  void hoursHaveAtMostOneDecimalPlace() {
    assertThat(TransferCheckView.hours(12.0)).isEqualTo("12");
    assertThat(TransferCheckView.hours(3.25)).isEqualTo("3.3");
    assertThat(TransferCheckView.hours(0)).isEqualTo("0");
    assertThat(TransferCheckView.hours(-1)).isEqualTo("0");
    assertThat(TransferCheckView.hours(10)).isEqualTo("10");
  }

  @Test
  void eachOutcomeIsInWordsWithItsOwnLight() {
    assertThat(TransferCheckView.outcomeText(item(Outcome.MET, LocalDate.of(2028, 3, 3), 1)))
        .isEqualTo("Met, valid until 3 Mar 2028");
    assertThat(TransferCheckView.outcomeText(item(Outcome.MET, null, 1))).isEqualTo("Met, does not expire");
    assertThat(TransferCheckView.outcomeText(item(Outcome.EXPIRES_BEFORE_START, LocalDate.of(2026, 12, 1), 1)))
        .isEqualTo("Expires before the start date — refresh by 1 Dec 2026");
    assertThat(TransferCheckView.outcomeText(item(Outcome.MISSING, null, 1))).isEqualTo("To do before starting");
    assertThat(TransferCheckView.outcomeText(item(null, null, 1))).isEqualTo("To do before starting");
    assertThat(TransferCheckView.light(Outcome.MET)).isEqualTo(TrafficLight.GREEN);
    assertThat(TransferCheckView.light(Outcome.EXPIRES_BEFORE_START)).isEqualTo(TrafficLight.AMBER);
    assertThat(TransferCheckView.light(Outcome.MISSING)).isEqualTo(TrafficLight.RED);
  }

  @Test
  void rowsNameTheAttestingOrganisation() {
    TrainingRecordDto record =
        new TrainingRecordDto(1L, "FIRE_SAFETY", "1", null, START.minusYears(1), START.plusYears(2), "MANUAL", "NGH",
            null, null, "NEW", null, null, null);
    Item met = new Item("FIRE_SAFETY", "Fire Safety", "1", "Level 1", Outcome.MET, START.plusYears(2), 2, record);
    List<TransferCheckView.Row> rows =
        TransferCheckView.rows(check(List.of(met, item(Outcome.MISSING, null, 1)), 1, 2),
            code -> "NGH".equals(code) ? "Northgate General Hospital" : code);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).attestedBy()).isEqualTo("Northgate General Hospital");
    assertThat(rows.get(0).light()).isEqualTo(TrafficLight.GREEN);
    assertThat(rows.get(1).attestedBy()).isEmpty();
    assertThat(rows.get(1).outcomeText()).isEqualTo("To do before starting");
  }
}
