package city.academy.web.passport;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.PassportDto;
import city.academy.passport.api.PassportDto.RequirementDto;
import city.academy.passport.api.PassportDto.Status;
import city.academy.passport.api.TrainingRecordDto;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassportViewTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** Names as the framework and the partner list would give them. */
  static final Names NAMES =
      new Names() {
        private final Map<String, String> subjects =
            Map.of("FIRE_SAFETY", "Fire Safety", "SAFEGUARDING_ADULTS", "Safeguarding Adults");
        private final Map<String, String> organisations = Map.of("NGH", "Northgate General Hospital");

        @Override
        public String subject(String code) {
          return subjects.getOrDefault(code, code);
        }

        @Override
        public String level(String subject, String level) {
          return level == null ? "" : "Level " + level;
        }

        @Override
        public String organisation(String code) {
          return code == null ? "" : organisations.getOrDefault(code, code);
        }
      };

  static TrainingRecordDto record(long id, String subject, String level, LocalDate completed, LocalDate expires) {
    return new TrainingRecordDto(
        id, subject, level, null, completed, expires, "CATALOGUE", "NGH", "trainer",
        OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), "ENTRY", null, null, null);
  }

  static RequirementDto requirement(Status status, LocalDate validUntil, LocalDate expiredOn, TrainingRecordDto record) {
    return new RequirementDto(
        "FIRE_SAFETY", "Fire Safety", "1", "Level 1", status, validUntil, expiredOn, 1.0, record, List.of("R1"));
  }

  static PassportDto passport(LocalDate asOf, boolean compliant, List<RequirementDto> requirements) {
    return new PassportDto("P1", "Ann Example", asOf, 90, "2026.1", compliant, requirements, List.of(), List.of(), List.of());
  }

  static List<RequirementDto> withStatuses(Status... statuses) {
    return java.util.Arrays.stream(statuses).map(s -> requirement(s, null, null, null)).toList();
  }

  @Test
  void eachStatusInWords() {
    TrainingRecordDto valid = record(1, "FIRE_SAFETY", "1", LocalDate.of(2024, 3, 4), LocalDate.of(2027, 3, 4));
    assertThat(PassportView.statusText(requirement(Status.COMPLIANT, LocalDate.of(2027, 3, 3), null, valid)))
        .isEqualTo("Up to date until 3 Mar 2027");
    TrainingRecordDto expiring = record(2, "FIRE_SAFETY", "1", LocalDate.of(2024, 1, 12), LocalDate.of(2027, 1, 12));
    assertThat(PassportView.statusText(requirement(Status.EXPIRING, LocalDate.of(2027, 1, 11), null, expiring)))
        .isEqualTo("Expires 12 Jan 2027 — book a refresher");
    TrainingRecordDto expired = record(3, "FIRE_SAFETY", "1", LocalDate.of(2023, 10, 5), LocalDate.of(2026, 10, 5));
    assertThat(PassportView.statusText(requirement(Status.EXPIRED, null, LocalDate.of(2026, 10, 5), expired)))
        .isEqualTo("Expired on 5 Oct 2026");
    assertThat(PassportView.statusText(requirement(Status.MISSING, null, null, null))).isEqualTo("Not done");
  }

  @Test
  void statusWordsWhenTheServiceLeavesADateOut() {
    assertThat(PassportView.statusText(requirement(Status.COMPLIANT, null, null, null)))
        .isEqualTo("Up to date (does not expire)");
    // Only the last valid day: it expires the day after.
    assertThat(PassportView.statusText(requirement(Status.EXPIRING, LocalDate.of(2027, 1, 11), null, null)))
        .isEqualTo("Expires 12 Jan 2027 — book a refresher");
    assertThat(PassportView.statusText(requirement(Status.EXPIRING, null, null, null)))
        .isEqualTo("Expires soon — book a refresher");
    TrainingRecordDto expired = record(3, "FIRE_SAFETY", "1", LocalDate.of(2023, 10, 5), LocalDate.of(2026, 10, 5));
    assertThat(PassportView.statusText(requirement(Status.EXPIRED, null, null, expired))).isEqualTo("Expired on 5 Oct 2026");
    assertThat(PassportView.statusText(requirement(Status.EXPIRED, null, null, null))).isEqualTo("Expired");
    assertThat(PassportView.statusText(requirement(null, null, null, null))).isEqualTo("Not known");
  }

  @Test
  void summaryForToday() {
    assertThat(PassportView.summary(passport(TODAY, true, withStatuses(Status.COMPLIANT, Status.COMPLIANT)), TODAY))
        .isEqualTo("You are up to date with your mandatory training.");
    assertThat(
            PassportView.summary(
                passport(TODAY, false, withStatuses(Status.COMPLIANT, Status.EXPIRED, Status.MISSING)), TODAY))
        .isEqualTo("2 of 3 requirements need attention.");
    assertThat(PassportView.summary(passport(TODAY, true, withStatuses(Status.COMPLIANT, Status.EXPIRING)), TODAY))
        .isEqualTo("1 of 2 requirements needs attention.");
    assertThat(PassportView.summary(passport(TODAY, false, withStatuses(Status.MISSING)), TODAY))
        .isEqualTo("1 of 1 requirement needs attention.");
    assertThat(PassportView.summary(passport(TODAY, true, List.of()), TODAY))
        .isEqualTo("You have no mandatory training to do for your current posts.");
    // No day from the service: read as today.
    assertThat(PassportView.summary(passport(null, true, withStatuses(Status.COMPLIANT)), TODAY))
        .isEqualTo("You are up to date with your mandatory training.");
  }

  @Test
  void summaryForAnotherDaySaysWhichAndInTheRightTense() {
    LocalDate start = LocalDate.of(2035, 1, 1);
    assertThat(PassportView.summary(passport(start, false, withStatuses(Status.EXPIRED, Status.EXPIRED)), TODAY))
        .isEqualTo("On 1 Jan 2035, 2 of 2 requirements will need attention.");
    assertThat(PassportView.summary(passport(start, true, withStatuses(Status.COMPLIANT)), TODAY))
        .isEqualTo("On 1 Jan 2035 you will be up to date with your mandatory training.");
    LocalDate past = LocalDate.of(2020, 6, 1);
    assertThat(PassportView.summary(passport(past, false, withStatuses(Status.MISSING, Status.COMPLIANT)), TODAY))
        .isEqualTo("On 1 Jun 2020, 1 of 2 requirements needed attention.");
    assertThat(PassportView.summary(passport(past, true, withStatuses(Status.COMPLIANT)), TODAY))
        .isEqualTo("On 1 Jun 2020 you were up to date with your mandatory training.");
    assertThat(PassportView.summary(passport(start, true, List.of()), TODAY))
        .isEqualTo("On 1 Jan 2035 you will have no mandatory training to do.");
  }

  @Test
  void theDetailCountsWhatNeedsDoingAndSaysWhenThePersonIsStillCompliant() {
    assertThat(PassportView.summaryDetail(passport(TODAY, true, withStatuses(Status.COMPLIANT)))).isEmpty();
    assertThat(
            PassportView.summaryDetail(
                passport(TODAY, false, withStatuses(Status.EXPIRING, Status.MISSING, Status.EXPIRED, Status.EXPIRED))))
        .isEqualTo("2 expired, 1 not done, 1 expiring soon.");
    assertThat(PassportView.summaryDetail(passport(TODAY, true, withStatuses(Status.COMPLIANT, Status.EXPIRING))))
        .isEqualTo("1 expiring soon. You are still compliant: book a refresher before each one expires.");
  }

  @Test
  void breakdownListsEveryStatusInOrder() {
    assertThat(
            PassportView.breakdown(
                passport(TODAY, false, withStatuses(Status.MISSING, Status.COMPLIANT, Status.COMPLIANT, Status.EXPIRING))))
        .isEqualTo("2 up to date, 1 expiring soon, 1 not done");
    assertThat(PassportView.breakdown(passport(TODAY, true, List.of()))).isEmpty();
  }

  @Test
  void rowsCarryTheLightTheWordsAndTheDecidingRecord() {
    TrainingRecordDto valid = record(7, "FIRE_SAFETY", "1", LocalDate.of(2024, 3, 4), LocalDate.of(2027, 3, 4));
    RequirementDto green = requirement(Status.COMPLIANT, LocalDate.of(2027, 3, 3), null, valid);
    RequirementDto missing =
        new RequirementDto("SAFEGUARDING_ADULTS", null, "2", null, Status.MISSING, null, null, 1.5, null, List.of());

    List<RequirementRow> rows = PassportView.rows(passport(TODAY, false, List.of(green, missing)), NAMES);

    assertThat(rows).hasSize(2);
    RequirementRow first = rows.get(0);
    assertThat(first.subjectName()).isEqualTo("Fire Safety");
    assertThat(first.levelName()).isEqualTo("Level 1");
    assertThat(first.light()).isEqualTo(TrafficLight.GREEN);
    assertThat(first.statusText()).isEqualTo("Up to date until 3 Mar 2027");
    assertThat(first.completedOn()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(first.attestedBy()).isEqualTo("Northgate General Hospital");
    assertThat(first.source()).isEqualTo("Academy course");
    assertThat(first.typicalLength()).isEmpty();
    assertThat(first.needsAttention()).isFalse();
    assertThat(first.elementId()).isEqualTo("requirement-FIRE_SAFETY");

    RequirementRow second = rows.get(1);
    // Names the service left out come from the framework.
    assertThat(second.subjectName()).isEqualTo("Safeguarding Adults");
    assertThat(second.levelName()).isEqualTo("Level 2");
    assertThat(second.light()).isEqualTo(TrafficLight.RED);
    assertThat(second.statusText()).isEqualTo("Not done");
    assertThat(second.completedOn()).isNull();
    assertThat(second.attestedBy()).isEmpty();
    assertThat(second.typicalLength()).isEqualTo("Takes about 1.5 hours");
    assertThat(second.needsAttention()).isTrue();
  }

  @Test
  void noPassportNoRows() {
    assertThat(PassportView.rows(null, NAMES)).isEmpty();
    assertThat(PassportView.rows(passport(TODAY, true, null), NAMES)).isEmpty();
    assertThat(PassportView.needingAttention(null)).isZero();
  }

  @Test
  void theRingHasAnArcPerStatusThatAddsUpToTheCircle() {
    List<StatusSlice> slices =
        PassportView.slices(
            passport(TODAY, false, withStatuses(Status.COMPLIANT, Status.COMPLIANT, Status.EXPIRED, Status.MISSING)));

    assertThat(slices).extracting(StatusSlice::status).containsExactly(Status.COMPLIANT, Status.EXPIRED, Status.MISSING);
    assertThat(slices).extracting(StatusSlice::count).containsExactly(2, 1, 1);
    assertThat(slices).extracting(StatusSlice::words).containsExactly("up to date", "expired", "not done");
    assertThat(slices).extracting(StatusSlice::offset).containsExactly("25.00", "-25.00", "-50.00");
    for (StatusSlice slice : slices) {
      assertThat(Double.parseDouble(slice.dash()) + Double.parseDouble(slice.gap())).isEqualTo(100.0);
    }
    assertThat(slices.get(0).dash()).isEqualTo("49.20");
    assertThat(slices.get(1).styleClass()).isEqualTo("slice-EXPIRED");
    assertThat(slices.get(1).light()).isEqualTo(TrafficLight.RED);
  }

  @Test
  void oneStatusFillsTheWholeRingAndNoneDrawsNothing() {
    List<StatusSlice> slices = PassportView.slices(passport(TODAY, true, withStatuses(Status.COMPLIANT)));
    assertThat(slices).singleElement().satisfies(s -> {
      assertThat(s.dash()).isEqualTo("100.00");
      assertThat(s.gap()).isEqualTo("0.00");
    });
    assertThat(PassportView.slices(passport(TODAY, true, List.of()))).isEmpty();
  }

  @Test
  void historyShowsCorrectionsAndWithdrawalsWithTheirReasons() {
    TrainingRecordDto original = record(10, "FIRE_SAFETY", "1", LocalDate.of(2024, 3, 4), LocalDate.of(2027, 3, 4));
    TrainingRecordDto correction =
        new TrainingRecordDto(
            11, "FIRE_SAFETY", "1", "Fire safety refresher", LocalDate.of(2024, 3, 5), LocalDate.of(2027, 3, 5),
            "MANUAL", "NGH", "hr.admin", OffsetDateTime.parse("2026-04-01T09:00:00Z"), "CORRECTION", 10L,
            "Wrong completion date", "Certificate FS-2024-118");
    TrainingRecordDto cpd =
        new TrainingRecordDto(
            12, null, null, "Leadership in care", LocalDate.of(2025, 1, 1), null, "IMPORT", "XYZ", "import",
            OffsetDateTime.parse("2026-04-02T09:00:00Z"), "ENTRY", null, null, null);
    TrainingRecordDto withdrawal =
        new TrainingRecordDto(
            13, null, null, "Leadership in care", LocalDate.of(2025, 1, 1), null, "MANUAL", "XYZ", "hr.admin",
            OffsetDateTime.parse("2026-04-03T09:00:00Z"), "REVOCATION", 12L, "Entered for the wrong person", null);

    List<RecordRow> rows = PassportView.history(List.of(withdrawal, cpd, correction, original), NAMES);

    assertThat(rows).extracting(RecordRow::id).containsExactly(13L, 12L, 11L, 10L);
    RecordRow w = rows.get(0);
    assertThat(w.change()).isEqualTo("Withdrawal of entry 12");
    assertThat(w.reason()).isEqualTo("Entered for the wrong person");
    assertThat(w.isSuperseded()).isFalse();
    RecordRow c = rows.get(1);
    assertThat(c.training()).isEqualTo("Leadership in care");
    assertThat(c.change()).isEqualTo("New record");
    assertThat(c.supersededBy()).isEqualTo("Withdrawn by entry 13");
    assertThat(c.isSuperseded()).isTrue();
    assertThat(c.styleClass()).isEqualTo("record record-superseded");
    assertThat(c.attestedBy()).isEqualTo("XYZ");
    assertThat(c.source()).isEqualTo("Imported from an employer's learning system");
    RecordRow fixed = rows.get(2);
    assertThat(fixed.training()).isEqualTo("Fire Safety, Level 1");
    assertThat(fixed.course()).isEqualTo("Fire safety refresher");
    assertThat(fixed.change()).isEqualTo("Correction of entry 10");
    assertThat(fixed.reason()).isEqualTo("Wrong completion date");
    assertThat(fixed.source()).isEqualTo("Entered by hand, with evidence");
    assertThat(fixed.evidence()).isEqualTo("Certificate FS-2024-118");
    assertThat(c.evidence()).isEmpty();
    RecordRow first = rows.get(3);
    assertThat(first.supersededBy()).isEqualTo("Corrected by entry 11");
    assertThat(first.attestedBy()).isEqualTo("Northgate General Hospital");
    assertThat(first.reason()).isEmpty();
    assertThat(first.change()).isEqualTo("New record");
    assertThat(fixed.styleClass()).isEqualTo("record");
  }

  @Test
  void otherTrainingIsListedByCourseTitle() {
    TrainingRecordDto cpd =
        new TrainingRecordDto(
            12, null, null, "Leadership in care", LocalDate.of(2025, 1, 1), null, "STATEMENT", null, "xapi",
            null, null, null, null, null);
    assertThat(PassportView.other(List.of(cpd), NAMES))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.training()).isEqualTo("Leadership in care");
          assertThat(r.source()).isEqualTo("E-learning record");
          assertThat(r.attestedBy()).isEmpty();
          assertThat(r.change()).isEqualTo("New record");
        });
    assertThat(PassportView.other(null, NAMES)).isEmpty();
    assertThat(PassportView.history(null, NAMES)).isEmpty();
  }

  @Test
  void anEmployersStricterRefresherIsShownWithItsOwnLight() {
    TrainingRecordDto fire = record(7, "FIRE_SAFETY", "1", LocalDate.of(2026, 1, 18), LocalDate.of(2028, 1, 18));
    PassportDto passport =
        new PassportDto(
            "P1", "Ann Example", TODAY, 90, "2026.1", true,
            List.of(requirement(Status.COMPLIANT, LocalDate.of(2028, 1, 17), null, fire)),
            List.of(),
            List.of(),
            List.of(
                new PassportDto.LocalRefresherDto("NGH", "FIRE_SAFETY", "1", 12, Status.EXPIRING, LocalDate.of(2027, 1, 17), null),
                new PassportDto.LocalRefresherDto("NGH", "MOVING_HANDLING", "2", 12, Status.EXPIRED, null, LocalDate.of(2026, 1, 1))));

    RequirementRow row = PassportView.rows(passport, NAMES).get(0);

    assertThat(row.light()).isEqualTo(TrafficLight.GREEN);
    assertThat(row.statusText()).isEqualTo("Up to date until 17 Jan 2028");
    assertThat(row.local())
        .singleElement()
        .isEqualTo(
            new LocalNote(
                "Northgate General Hospital", "every year", TrafficLight.AMBER, "Expires 18 Jan 2027 — book a refresher"));
    assertThat(PassportView.localDetail(passport)).isEqualTo("Your employer's own rules: 2 need attention (see below).");
  }

  @Test
  void anEmployersOwnRequirementsAreListedApart() {
    TrainingRecordDto induction =
        new TrainingRecordDto(
            20, null, null, "Northgate local induction", LocalDate.of(2026, 2, 1), null, "MANUAL", "NGH", "hr",
            null, "ENTRY", null, null, null);
    PassportDto passport =
        new PassportDto(
            "P1", "Ann Example", TODAY, 90, "2026.1", true, List.of(), List.of(),
            List.of(
                new PassportDto.LocalRequirementDto(
                    "NGH", "LOCAL-INDUCTION", "Northgate local induction", Status.COMPLIANT, null, null, induction),
                new PassportDto.LocalRequirementDto("NGH", "LOCAL_IT", null, Status.MISSING, null, null, null)),
            null);

    List<LocalRequirementRow> rows = PassportView.localRows(passport, NAMES);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(
            new LocalRequirementRow(
                "LOCAL-INDUCTION", "Northgate local induction", "Northgate General Hospital", TrafficLight.GREEN,
                "Up to date (does not expire)", LocalDate.of(2026, 2, 1), "Entered by hand, with evidence"));
    assertThat(rows.get(1).title()).isEqualTo("Local IT");
    assertThat(rows.get(1).light()).isEqualTo(TrafficLight.RED);
    assertThat(rows.get(1).statusText()).isEqualTo("Not done");
    assertThat(rows.get(1).completedOn()).isNull();
    assertThat(PassportView.localDetail(passport)).isEqualTo("Your employer's own rules: 1 needs attention (see below).");
    // Local requirements are left out of the passport's own summary.
    assertThat(PassportView.summary(passport, TODAY)).isEqualTo("You have no mandatory training to do for your current posts.");
  }

  @Test
  void refresherPeriodsReadAsOftenAs() {
    assertThat(PassportView.every(12)).isEqualTo("every year");
    assertThat(PassportView.every(1)).isEqualTo("every month");
    assertThat(PassportView.every(6)).isEqualTo("every 6 months");
    assertThat(PassportView.every(24)).isEqualTo("every 2 years");
    assertThat(PassportView.every(18)).isEqualTo("every 1 year 6 months");
  }

  @Test
  void noLocalRulesNoLocalWords() {
    PassportDto plain = passport(TODAY, true, withStatuses(Status.COMPLIANT));
    assertThat(PassportView.localRows(plain, NAMES)).isEmpty();
    assertThat(PassportView.localDetail(plain)).isEmpty();
    assertThat(PassportView.rows(plain, NAMES).get(0).local()).isEmpty();
    assertThat(PassportView.localRows(null, NAMES)).isEmpty();
    PassportDto nulls = new PassportDto("P1", "A", TODAY, 90, "1", true, List.of(), null, null, null);
    assertThat(PassportView.localRows(nulls, NAMES)).isEmpty();
    assertThat(PassportView.localDetail(nulls)).isEmpty();
  }

  @Test
  void sourcesInWords() {
    assertThat(PassportView.sourceWords("CATALOGUE")).isEqualTo("Academy course");
    assertThat(PassportView.sourceWords("IMPORT")).isEqualTo("Imported from an employer's learning system");
    assertThat(PassportView.sourceWords("MANUAL")).isEqualTo("Entered by hand, with evidence");
    assertThat(PassportView.sourceWords("STATEMENT")).isEqualTo("E-learning record");
    assertThat(PassportView.sourceWords("NATIONAL_TRANSFER")).isEqualTo("National transfer");
    assertThat(PassportView.sourceWords(null)).isEmpty();
  }
}
