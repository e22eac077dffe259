package city.academy.passport.imports.infrastructure;

import static city.academy.passport.imports.infrastructure.ImportFiles.GENERIC_HEADER;
import static city.academy.passport.imports.infrastructure.ImportFiles.NATIONAL_HEADER;
import static city.academy.passport.imports.infrastructure.ImportFiles.SOCIAL_CARE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.imports.domain.ImportFormat;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.passport.imports.infrastructure.ImportFiles.Collected;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad row becomes exactly one problem: its line, the column as the header spells it, the value and why. */
class CsvImportReaderProblemTest {
  @TempDir Path dir;
  private ImportFiles files;

  @BeforeEach
  void setUp() {
    files = new ImportFiles(dir);
  }

  @Test
  void aMissingValue() {
    RowProblem problem = national("RXX01,,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,");
    assertThat(problem).isEqualTo(new RowProblem(2, "Employee Number", null, "Employee Number is empty; every row needs one."));
    assertThat(national(",E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,").reason()).startsWith("Organisation Code is empty");
    assertThat(national("RXX01,E1,   ,01/01/2025,,").reason()).startsWith("Competence Name is empty");
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,,,").reason()).startsWith("Achievement Date is empty");
  }

  @Test
  void onlyTheFirstProblemOfARowIsReported() {
    RowProblem problem = national("rx 01,,NHS|CSTF|Juggling|,31/02/2024,,");
    assertThat(problem.column()).isEqualTo("Organisation Code");
  }

  @Test
  void anOrganisationCodeThatIsNotOne() {
    RowProblem problem = national("RXX 01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,");
    assertThat(problem.column()).isEqualTo("Organisation Code");
    assertThat(problem.value()).isEqualTo("RXX 01");
    assertThat(problem.reason()).contains("'RXX 01' is not an organisation code").contains("at most 16 characters");
    assertThat(national("ABCDEFGHIJKLMNOPQ,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,").column())
        .isEqualTo("Organisation Code");
    assertThat(national("RXX/01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,").column()).isEqualTo("Organisation Code");
  }

  @Test
  void anEmployeeNumberTooLong() {
    String number = "E".repeat(33);
    RowProblem problem = national("RXX01," + number + ",NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,");
    assertThat(problem.column()).isEqualTo("Employee Number");
    assertThat(problem.value()).isEqualTo(number);
    assertThat(problem.reason()).contains("longer than 32 characters");
  }

  @Test
  void aDateThatIsNotADate() {
    RowProblem problem = national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,31/02/2024,,");
    assertThat(problem).isEqualTo(new RowProblem(2, "Achievement Date", "31/02/2024",
        "'31/02/2024' is not a date; write 31/01/2024 or 2024-01-31 (day before month)."));
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,03/25/2024,,").value()).isEqualTo("03/25/2024");
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,2024/01/31,,").value()).isEqualTo("2024/01/31");
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,05-March-2024,,").value()).isEqualTo("05-March-2024");
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,5/3/24,,").value()).isEqualTo("5/3/24");
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2024,soon,").column()).isEqualTo("Expiry Date");
  }

  @Test
  void aCompletionInTheFuture() {
    RowProblem problem = national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,02/05/2026,,");
    assertThat(problem.column()).isEqualTo("Achievement Date");
    assertThat(problem.reason()).contains("in the future").contains("01/05/2026");
    assertThat(files.read(files.write(NATIONAL_HEADER + "RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/05/2026,,\n"),
        ImportFormat.NATIONAL_HR).rows).hasSize(1);
  }

  @Test
  void anExpiryOnOrBeforeTheCompletion() {
    RowProblem same = national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,01/01/2025,");
    assertThat(same.column()).isEqualTo("Expiry Date");
    assertThat(same.value()).isEqualTo("01/01/2025");
    assertThat(same.reason()).contains("is not after the completion date 01/01/2025");
    assertThat(national("RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,2024-12-31,").column()).isEqualTo("Expiry Date");
  }

  @Test
  void anUnmappedNationalCompetenceName() {
    RowProblem problem = national("RXX01,E1,NHS|CSTF|Juggling - 3 Years|,01/01/2025,,");
    assertThat(problem.column()).isEqualTo("Competence Name");
    assertThat(problem.value()).isEqualTo("NHS|CSTF|Juggling - 3 Years|");
    assertThat(problem.reason()).contains("not in the mapping table config/imports/national-competences.csv; ask the academy to add it");
  }

  @Test
  void anUnmappedSocialCareCategory() {
    RowProblem unlisted = socialCare("CH1,W1,Juggling,01/01/2025,,,");
    assertThat(unlisted.column()).isEqualTo("Training Category");
    assertThat(unlisted.reason()).contains("not in the mapping table config/imports/social-care-categories.csv");
    RowProblem listed = socialCare("CH1,W1,Dementia care,01/01/2025,,,");
    assertThat(listed.value()).isEqualTo("Dementia care");
    assertThat(listed.reason()).contains("has no framework subject").contains("not imported");
  }

  @Test
  void aValidityThatIsNotANumberOfMonths() {
    RowProblem problem = socialCare("CH1,W1,Fire safety,01/01/2025,,three years,");
    assertThat(problem.column()).isEqualTo("Validity (months)");
    assertThat(problem.reason()).contains("not a number of months");
  }

  @Test
  void aGenericSubjectOrLevelUnknownToTheFramework() {
    RowProblem subject = generic("RXX01,E1,JUGGLING,1,,01/01/2025,");
    assertThat(subject.column()).isEqualTo("subject_code");
    assertThat(subject.value()).isEqualTo("JUGGLING");
    assertThat(subject.reason()).contains("not a subject of the training framework");
    RowProblem level = generic("RXX01,E1,FIRE_SAFETY,3,,01/01/2025,");
    assertThat(level.column()).isEqualTo("level_code");
    assertThat(level.value()).isEqualTo("3");
    assertThat(level.reason()).contains("FIRE_SAFETY has no level '3'").contains("its levels are 1");
  }

  @Test
  void aGenericRowWithNeitherOrBoth() {
    RowProblem neither = generic("RXX01,E1,,,,01/01/2025,");
    assertThat(neither.column()).isEqualTo("subject_code");
    assertThat(neither.reason()).contains("names no training");
    RowProblem both = generic("RXX01,E1,FIRE_SAFETY,1,Fire warden,01/01/2025,");
    assertThat(both.column()).isEqualTo("course_title");
    assertThat(both.reason()).contains("not both");
    RowProblem half = generic("RXX01,E1,FIRE_SAFETY,,,01/01/2025,");
    assertThat(half.column()).isEqualTo("level_code");
    assertThat(half.reason()).contains("needs both subject_code and level_code");
  }

  @Test
  void aCourseTitleTooLongIsReportedWithTheValueCut() {
    String title = "Wound care ".repeat(30).strip();
    RowProblem problem = generic("RXX01,E1,,,\"" + title + "\",01/01/2025,");
    assertThat(problem.column()).isEqualTo("course_title");
    assertThat(problem.value()).hasSize(200).isEqualTo(title.substring(0, 200));
    assertThat(problem.reason()).contains("longer than 200 characters");
  }

  @Test
  void aRowWithFewerValuesThanTheHeader() {
    RowProblem problem = generic("RXX01,E1,FIRE_SAFETY,1");
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isNull();
    assertThat(problem.reason()).contains("has 4 values but the header has 7 columns");
  }

  @Test
  void aRowWithMoreValuesThanTheHeader() {
    RowProblem problem = generic("RXX01,E1,,,Wound care, part 1,01/01/2025,01/01/2027");
    assertThat(problem.column()).isNull();
    assertThat(problem.reason()).contains("has 8 values but the header has 7").contains("double quotes");
    assertThat(files.read(files.write(GENERIC_HEADER + "RXX01,E1,FIRE_SAFETY,1,,01/01/2025,,,\n"), ImportFormat.GENERIC)
        .rows).hasSize(1);
  }

  @Test
  void problemsAndRowsComeInFileOrderWithTheirLines() {
    Collected read = files.read(files.write(NATIONAL_HEADER
        + "RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,\n"
        + "RXX01,E2,\"NHS|CSTF|Juggling\n - 3 Years|\",01/01/2025,,\n"
        + "RXX01,E3,NHS|CSTF|Fire Safety - 2 Years|,01/13/2025,,\n"
        + "RXX01,E4,NHS|CSTF|Fire Safety - 2 Years|,01/01/2025,,\n"), ImportFormat.NATIONAL_HR);
    assertThat(read.lines).containsExactly(2L, 3L, 5L, 6L);
    assertThat(read.problems).extracting(RowProblem::line, RowProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Competence Name"),
            org.assertj.core.groups.Tuple.tuple(5L, "Achievement Date"));
    assertThat(read.summary).isEqualTo(new ReadSummary(4, 6));
  }

  @Test
  void theColumnIsNamedAsTheHeaderSpellsIt() {
    RowProblem problem = files.problemOf("ORG_CODE;employee-number;COMPETENCY NAME;date completed\n"
        + "RXX01;E1;NHS|CSTF|Fire Safety - 2 Years|;someday\n", ImportFormat.NATIONAL_HR);
    assertThat(problem.column()).isEqualTo("date completed");
  }

  private RowProblem national(String row) {
    return files.problemOf(NATIONAL_HEADER + row + "\n", ImportFormat.NATIONAL_HR);
  }

  private RowProblem generic(String row) {
    return files.problemOf(GENERIC_HEADER + row + "\n", ImportFormat.GENERIC);
  }

  private RowProblem socialCare(String row) {
    return files.problemOf(SOCIAL_CARE_HEADER + row + "\n", ImportFormat.SOCIAL_CARE);
  }
}
