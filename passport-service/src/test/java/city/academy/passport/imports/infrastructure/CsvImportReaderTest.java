package city.academy.passport.imports.infrastructure;

import static city.academy.passport.imports.infrastructure.ImportFiles.GENERIC_HEADER;
import static city.academy.passport.imports.infrastructure.ImportFiles.NATIONAL_HEADER;
import static city.academy.passport.imports.infrastructure.ImportFiles.SOCIAL_CARE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.imports.domain.Achievement;
import city.academy.passport.imports.domain.ImportFormat;
import city.academy.passport.imports.domain.ImportRow;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.passport.imports.domain.RowSink;
import city.academy.passport.imports.infrastructure.CheckedFile.Column;
import city.academy.passport.imports.infrastructure.ImportFiles.Collected;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that can be read: the three formats, encodings, separators, quoting and line numbers, resuming, size. */
class CsvImportReaderTest {
  @TempDir Path dir;
  private ImportFiles files;

  @BeforeEach
  void setUp() {
    files = new ImportFiles(dir);
  }

  @Test
  void readsANationalHrExport() {
    Collected read = files.read(files.write(NATIONAL_HEADER
        + "rxx01,E1001,NHS|CSTF|Fire Safety - 2 Years|,05/03/2025,05/03/2027,Jane Smith\n"
        + "RXX01, E1002 ,NHS|CSTF|Safeguarding Adults - Level 2 - 3 Years|,2025-01-31,,\n"
        + "RXX01,E1003,350|LOCAL|Moving & Handling Practical - Level 3 (2 yearly)|,05-Mar-2024,,\n"), ImportFormat.NATIONAL_HR);

    assertThat(read.problems).isEmpty();
    assertThat(read.rows).containsExactly(
        new ImportRow(2, "RXX01", "E1001", new Achievement.Subject("FIRE_SAFETY", "1"), LocalDate.of(2025, 3, 5),
            LocalDate.of(2027, 3, 5)),
        new ImportRow(3, "RXX01", "E1002", new Achievement.Subject("SAFEGUARDING_ADULTS", "2"), LocalDate.of(2025, 1, 31), null),
        new ImportRow(4, "RXX01", "E1003", new Achievement.Local("Moving & Handling Practical - Level 3 (2 yearly)"),
            LocalDate.of(2024, 3, 5), null));
    assertThat(read.summary).isEqualTo(new ReadSummary(3, 4));
    assertThat(read.file.rows()).isEqualTo(3);
    assertThat(read.file.nameOf(Column.COMPLETED_ON)).isEqualTo("Achievement Date");
  }

  @Test
  void acceptsTheNationalHeaderAliases() {
    Collected read = files.read(files.write("Org Code,Employee Number,Competency Name,Date Achieved\n"
        + "RXX01,E1,NHS|CSTF|Fire Safety - 2 Years|,1/2/2025\n"), ImportFormat.NATIONAL_HR);
    assertThat(read.rows).singleElement().satisfies(r -> {
      assertThat(r.completedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
      assertThat(r.expiresOn()).isNull();
    });
  }

  @Test
  void nationalNameVariantsMapToTheSameSubject() {
    Collected read = files.read(files.write(NATIONAL_HEADER
        + "RXX01,E1,NHS|CSTF|Safeguarding Adults - Level 1 - 3 Years|,01/01/2025,,\n"
        + "RXX01,E2,NHS|CSTF|Safeguarding Adults - Level 1 - 3 years,01/01/2025,,\n"
        + "RXX01,E3,  nhs|cstf|safeguarding  adults - level 1 -  3 YEARS| ,01/01/2025,,\n"
        + "RXX01,E4,Safeguarding Adults - Level 1 - 3 Years,01/01/2025,,\n"), ImportFormat.NATIONAL_HR);
    assertThat(read.problems).isEmpty();
    assertThat(read.rows).hasSize(4).extracting(ImportRow::achievement)
        .containsOnly(new Achievement.Subject("SAFEGUARDING_ADULTS", "1"));
  }

  @Test
  void readsTheGenericTemplate() {
    Collected read = files.read(Path.of("../config/imports/generic-template.csv"), ImportFormat.GENERIC);
    assertThat(read.problems).isEmpty();
    assertThat(read.rows).extracting(ImportRow::achievement).containsExactly(
        new Achievement.Subject("FIRE_SAFETY", "1"), new Achievement.Course("Wound care update – leg ulcers"));
    assertThat(read.rows.get(1).expiresOn()).isEqualTo(LocalDate.of(2027, 3, 5));
  }

  @Test
  void readsAGenericFile() {
    Collected read = files.read(files.write(GENERIC_HEADER
        + "RXX01,E1,safeguarding_children,3,,2025-06-30,\n"
        + "RXX01,E1,OLIVER_MCGOWAN,t2,,30/06/2025,\n"
        + "RXX01,E1,,,Dementia awareness,30-jun-2025,30/06/2028\n"), ImportFormat.GENERIC);
    assertThat(read.problems).isEmpty();
    assertThat(read.rows).extracting(ImportRow::achievement).containsExactly(
        new Achievement.Subject("SAFEGUARDING_CHILDREN", "3"), new Achievement.Subject("OLIVER_MCGOWAN", "T2"),
        new Achievement.Course("Dementia awareness"));
  }

  @Test
  void readsASocialCareExport() {
    Collected read = files.read(files.write(SOCIAL_CARE_HEADER
        + "CARE-HOME-7,W17,Fire safety,05/03/2025,05/03/2026,,Yes\n"
        + "CARE-HOME-7,W17,Assisting and moving people,05/03/2025,,36,Don't know\n"
        + "CARE-HOME-7,W18,Oliver McGowan Tier 1,2025-03-05,,,No\n"), ImportFormat.SOCIAL_CARE);
    assertThat(read.problems).isEmpty();
    assertThat(read.rows).containsExactly(
        new ImportRow(2, "CARE-HOME-7", "W17", new Achievement.Subject("FIRE_SAFETY", "1"), LocalDate.of(2025, 3, 5),
            LocalDate.of(2026, 3, 5)),
        new ImportRow(3, "CARE-HOME-7", "W17", new Achievement.Subject("MOVING_HANDLING", "2"), LocalDate.of(2025, 3, 5),
            LocalDate.of(2028, 3, 5)),
        new ImportRow(4, "CARE-HOME-7", "W18", new Achievement.Subject("OLIVER_MCGOWAN", "T1"), LocalDate.of(2025, 3, 5),
            null));
  }

  @Test
  void acceptsTheSocialCareHeaderAliases() {
    Collected read = files.read(files.write("Org Code;Staff ID;Category;Completion Date\n"
        + "CH1;S-9;Data management and GDPR;01/04/2026\n"), ImportFormat.SOCIAL_CARE);
    assertThat(read.rows).singleElement()
        .satisfies(r -> assertThat(r.achievement()).isEqualTo(new Achievement.Subject("INFORMATION_GOVERNANCE", "1")));
  }

  @Test
  void readsUtf8WithAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Collected read = files.read(files.write(concat(bom, (GENERIC_HEADER
        + "RXX01,E1,,,Café day – “wellbeing”,01/01/2025,\n").getBytes(StandardCharsets.UTF_8))), ImportFormat.GENERIC);
    assertThat(read.file.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(read.file.byteOrderMark()).isTrue();
    assertThat(read.file.header().get(0)).isEqualTo("organisation_code");
    assertThat(read.rows).singleElement()
        .satisfies(r -> assertThat(r.achievement()).isEqualTo(new Achievement.Course("Café day – “wellbeing”")));
  }

  @Test
  void readsUtf8WithoutAByteOrderMark() {
    Collected read = files.read(files.write(GENERIC_HEADER + "RXX01,E1,,,Café day,01/01/2025,\n"), ImportFormat.GENERIC);
    assertThat(read.file.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(read.file.byteOrderMark()).isFalse();
    assertThat(read.rows).singleElement()
        .satisfies(r -> assertThat(r.achievement()).isEqualTo(new Achievement.Course("Café day")));
  }

  @Test
  void readsWindows1252() {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] bytes = (GENERIC_HEADER + "RXX01,E1,,,Café staff’s induction,01/01/2025,\n").getBytes(cp1252);
    Collected read = files.read(files.write(bytes), ImportFormat.GENERIC);
    assertThat(read.file.charset()).isEqualTo(cp1252);
    assertThat(read.rows).singleElement()
        .satisfies(r -> assertThat(r.achievement()).isEqualTo(new Achievement.Course("Café staff’s induction")));
  }

  @Test
  void aFileThatIsUtf8UntilFarDownIsWindows1252() {
    StringBuilder text = new StringBuilder(GENERIC_HEADER);
    for (int i = 0; i < 5000; i++) {
      text.append("RXX01,E").append(i).append(",FIRE_SAFETY,1,,01/01/2025,\n");
    }
    text.append("RXX01,E9,,,Crèche safety,01/01/2025,\n");
    Collected read = files.read(files.write(text.toString().getBytes(Charset.forName("windows-1252"))), ImportFormat.GENERIC);
    assertThat(read.file.charset().name()).isEqualTo("windows-1252");
    assertThat(read.rows.get(5000).achievement()).isEqualTo(new Achievement.Course("Crèche safety"));
  }

  @Test
  void readsSemicolonSeparatedFiles() {
    Collected read = files.read(files.write(
        "Organisation Code;Employee Number;Competence Name;Achievement Date;Expiry Date\r\n"
            + "RXX01;E1;NHS|CSTF|Equality, Diversity and Human Rights - 3 Years|;01/01/2025;\r\n"), ImportFormat.NATIONAL_HR);
    assertThat(read.file.delimiter()).isEqualTo(';');
    assertThat(read.rows).singleElement()
        .satisfies(r -> assertThat(r.achievement()).isEqualTo(new Achievement.Subject("EQUALITY_DIVERSITY", "1")));
  }

  @Test
  void quotedFieldsWithCommasAndNewlinesKeepTheLineNumbersRight() {
    Collected read = files.read(files.write(GENERIC_HEADER
        + "RXX01,E1,,,\"Wound care, part 1\",01/01/2025,\n"                    // line 2
        + "RXX01,E2,,,\"Wound care\npart 2\nwith \"\"quotes\"\"\",01/01/2025,\n" // lines 3-5
        + "\n"                                                                  // line 6, blank
        + "RXX01,E3,FIRE_SAFETY,1,,01/01/2025,\r\n"                             // line 7
        + "\r\n"                                                                // line 8, blank
        + ",,,,,,\n"                                                            // line 9, separators only
        + "RXX01,E4,\"FIRE_SAFETY\",\"9\",,01/01/2025,\n"                       // line 10, a problem
        + "RXX01,E5,,,\"two\r\nlines\",01/01/2025,"), ImportFormat.GENERIC);   // lines 11-12, no final newline
    assertThat(read.lines).containsExactly(2L, 3L, 7L, 10L, 11L);
    assertThat(read.rows).extracting(ImportRow::achievement).containsExactly(
        new Achievement.Course("Wound care, part 1"), new Achievement.Course("Wound care\npart 2\nwith \"quotes\""),
        new Achievement.Subject("FIRE_SAFETY", "1"), new Achievement.Course("two\r\nlines"));
    assertThat(read.problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.column()).isEqualTo("level_code");
    });
    assertThat(read.summary).isEqualTo(new ReadSummary(5, 11));
    assertThat(read.file.rows()).isEqualTo(5);
  }

  @Test
  void blankLinesBeforeTheHeaderDoNotShiftTheLines() {
    Collected read = files.read(files.write("\n\n" + GENERIC_HEADER + "RXX01,E1,FIRE_SAFETY,1,,01/01/2025,\n"),
        ImportFormat.GENERIC);
    assertThat(read.lines).containsExactly(4L);
  }

  @Test
  void rowsAtOrBeforeAfterLineAreSkipped() {
    String text = GENERIC_HEADER
        + "RXX01,E1,FIRE_SAFETY,1,,01/01/2025,\n"       // 2
        + "RXX01,E2,,,\"a\nb\",01/01/2025,\n"           // 3-4
        + "RXX01,E3,FIRE_SAFETY,1,,01/01/2099,\n"       // 5, a problem
        + "RXX01,E4,FIRE_SAFETY,1,,01/01/2025,\n";      // 6
    Path file = files.write(text);
    assertThat(files.read(file, ImportFormat.GENERIC, 0).lines).containsExactly(2L, 3L, 5L, 6L);
    assertThat(files.read(file, ImportFormat.GENERIC, 3).lines).containsExactly(5L, 6L);
    assertThat(files.read(file, ImportFormat.GENERIC, 4).lines).containsExactly(5L, 6L);
    Collected resumed = files.read(file, ImportFormat.GENERIC, 5);
    assertThat(resumed.lines).containsExactly(6L);
    assertThat(resumed.summary).isEqualTo(new ReadSummary(1, 6));
    assertThat(files.read(file, ImportFormat.GENERIC, 6).summary).isEqualTo(new ReadSummary(0, 6));
  }

  @Test
  void readsTwoHundredThousandRowsInOrder() throws IOException {
    int rows = 200_000;
    Path file = dir.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(NATIONAL_HEADER);
      for (int i = 0; i < rows; i++) {
        String name = i % 3 == 0 ? "NHS|CSTF|Fire Safety - 2 Years|"
            : i % 3 == 1 ? "\"NHS|CSTF|Equality, Diversity and Human Rights - 3 Years|\"" : "RXX01|LOCAL|Sharps, \"\"safe\"\" use|";
        out.write("RXX01,E" + i + "," + (i % 3 == 2 ? "\"" + name + "\"" : name) + ",01/01/2025,,Loader\n");
      }
    }
    CheckedFile checked = files.reader.check(file, ImportFormat.NATIONAL_HR);
    assertThat(checked.rows()).isEqualTo(rows);
    long[] expected = {2};
    long[] problems = {0};
    ReadSummary summary = files.reader.read(checked, 0, ImportFiles.TODAY, new RowSink() {
      @Override
      public void row(ImportRow row) {
        assertThat(row.line()).isEqualTo(expected[0]);
        assertThat(row.employeeNumber()).isEqualTo("E" + (expected[0] - 2));
        expected[0]++;
      }

      @Override
      public void problem(RowProblem problem) {
        problems[0]++;
      }
    });
    assertThat(problems[0]).isZero();
    assertThat(summary).isEqualTo(new ReadSummary(rows, rows + 1));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
