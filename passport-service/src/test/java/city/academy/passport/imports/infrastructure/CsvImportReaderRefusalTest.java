package city.academy.passport.imports.infrastructure;

import static city.academy.passport.imports.infrastructure.ImportFiles.GENERIC_HEADER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.imports.domain.ImportFileRefusedException;
import city.academy.passport.imports.domain.ImportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files refused by check, before anything is imported, with a reason a person can act on. */
class CsvImportReaderRefusalTest {
  @TempDir Path dir;
  private ImportFiles files;

  @BeforeEach
  void setUp() {
    files = new ImportFiles(dir);
  }

  @Test
  void anEmptyFile() {
    refused(new byte[0], ImportFormat.GENERIC).hasMessageContaining("The file is empty");
    refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ImportFormat.GENERIC).hasMessageContaining("The file is empty");
    refused("\n\r\n\n".getBytes(StandardCharsets.UTF_8), ImportFormat.GENERIC).hasMessageContaining("The file is empty");
  }

  @Test
  void aSpreadsheet() {
    refused(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}, ImportFormat.NATIONAL_HR)
        .hasMessageContaining("looks like a spreadsheet (.xlsx)")
        .hasMessageContaining("save it as CSV");
  }

  @Test
  void aPdf() {
    refused("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), ImportFormat.NATIONAL_HR)
        .hasMessageContaining("PDF")
        .hasMessageContaining("as CSV");
  }

  @Test
  void anOldExcelWorkbook() {
    refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        ImportFormat.NATIONAL_HR).hasMessageContaining(".xls").hasMessageContaining("save it as CSV");
  }

  @Test
  void bytesThatAreNotText() {
    byte[] bytes = (GENERIC_HEADER + "RXX01,E1,FIRE_SAFETY,1,,01/01/2025,\n").getBytes(StandardCharsets.UTF_8);
    bytes[GENERIC_HEADER.length() + 3] = 0;
    refused(bytes, ImportFormat.GENERIC).hasMessageContaining("not text").hasMessageContaining("NUL");
  }

  @Test
  void utf16Text() {
    refused(("\uFEFF" + GENERIC_HEADER).getBytes(StandardCharsets.UTF_16LE), ImportFormat.GENERIC)
        .hasMessageContaining("UTF-16").hasMessageContaining("CSV UTF-8");
  }

  @Test
  void aHeaderThatCannotBeRead() {
    refused("\"organisation_code,employee_number,subject_code\nRXX01,E1,FIRE_SAFETY\n", ImportFormat.GENERIC)
        .hasMessageContaining("The first line of the file, which should name the columns, cannot be read");
  }

  @Test
  void aMissingRequiredColumnIsNamedWithTheColumnsFound() {
    refused("Org Code,Assignment Number,Competence Name,Date Achieved,Last Updated By\nRXX01,1,x,01/01/2025,me\n",
        ImportFormat.NATIONAL_HR)
        .hasMessageContaining("Missing: Employee Number.")
        .hasMessageContaining("Columns found: Org Code, Assignment Number, Competence Name, Date Achieved, Last Updated By");
  }

  @Test
  void severalMissingColumnsAreAllNamed() {
    refused("Organisation Code;Employee Number;Course\nRXX01;1;x\n", ImportFormat.SOCIAL_CARE)
        .hasMessageContaining("Training Category (or Category)")
        .hasMessageContaining("Date Completed (or Completed Date, Completion Date)")
        .hasMessageContaining("Columns found: Organisation Code, Employee Number, Course");
  }

  @Test
  void theGenericFormatNeedsAllThreeAchievementColumns() {
    refused("organisation_code,employee_number,course_title,completed_on\nRXX01,E1,x,01/01/2025\n", ImportFormat.GENERIC)
        .hasMessageContaining("Missing: subject_code, level_code.");
  }

  @Test
  void aColumnGivenTwice() {
    refused("Org Code,Employee Number,Competence Name,Date Achieved,Completion Date\nRXX01,1,x,01/01/2025,01/01/2025\n",
        ImportFormat.NATIONAL_HR)
        .hasMessageContaining("more than once")
        .hasMessageContaining("'Date Achieved' and 'Completion Date'");
  }

  @Test
  void aQuoteNeverClosedFurtherDown() {
    refused(GENERIC_HEADER
        + "RXX01,E1,FIRE_SAFETY,1,,01/01/2025,\n"
        + "RXX01,E2,,,\"Wound care,01/01/2025,\n"
        + "RXX01,E3,FIRE_SAFETY,1,,01/01/2025,\n", ImportFormat.GENERIC)
        .hasMessageContaining("cannot be read as CSV after line 2")
        .hasMessageContaining("double quote");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refused(String text, ImportFormat format) {
    return refused(text.getBytes(StandardCharsets.UTF_8), format);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refused(byte[] bytes, ImportFormat format) {
    Path file = files.write(bytes);
    return assertThatThrownBy(() -> files.reader.check(file, format)).isInstanceOf(ImportFileRefusedException.class);
  }
}
