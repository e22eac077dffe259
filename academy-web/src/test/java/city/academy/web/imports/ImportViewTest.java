package city.academy.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.ImportJobDto;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ImportViewTest {

  private static ImportJobDto job(String status, long read, long imported, long duplicate, long rejected, long checkpoint) {
    return new ImportJobDto(7, "NATIONAL_HR", "National HR system competence export", "NGH", "esr.csv", 2048, "hr",
        OffsetDateTime.parse("2026-11-22T14:05:00Z"), status, null, null, read, imported, duplicate, rejected, checkpoint, null);
  }

  @Test
  void everyStatusHasWordsAndOnlyWaitingAndRunningAreFollowed() {
    assertThat(ImportView.statusWords("QUEUED")).isEqualTo("Waiting to start");
    assertThat(ImportView.statusWords("RUNNING")).isEqualTo("Importing");
    assertThat(ImportView.statusWords("COMPLETED")).isEqualTo("Completed");
    assertThat(ImportView.statusWords("REFUSED")).isEqualTo("Refused: nothing imported");
    assertThat(ImportView.statusWords("INTERRUPTED")).isEqualTo("Interrupted");
    assertThat(ImportView.statusWords("PAUSED")).isEqualTo("Paused");
    assertThat(ImportView.going(job("QUEUED", 0, 0, 0, 0, 0))).isTrue();
    assertThat(ImportView.going(job("RUNNING", 0, 0, 0, 0, 0))).isTrue();
    assertThat(ImportView.going(job("COMPLETED", 0, 0, 0, 0, 0))).isFalse();
    assertThat(ImportView.going(job("INTERRUPTED", 0, 0, 0, 0, 0))).isFalse();
    assertThat(ImportView.going(null)).isFalse();
  }

  @Test
  void countsAndProgressInWords() {
    assertThat(ImportView.counts(job("COMPLETED", 1200, 1000, 150, 50, 1201)))
        .isEqualTo("1,200 rows read: 1,000 imported, 150 already there, 50 rejected.");
    assertThat(ImportView.counts(job("RUNNING", 1, 1, 0, 0, 2))).isEqualTo("1 row read: 1 imported, 0 already there, 0 rejected.");
    assertThat(ImportView.progress(job("RUNNING", 3000, 3000, 0, 0, 3001))).startsWith("3,000 rows read so far.");
    assertThat(ImportView.progress(job("INTERRUPTED", 3000, 3000, 0, 0, 3001))).contains("after line 3,001");
    assertThat(ImportView.progress(job("COMPLETED", 4, 2, 0, 2, 5))).isEqualTo("Finished: every row of the file was read (4 rows).");
  }

  @Test
  void fileNamesLoseTheirFolderAndSizesReadAsPeopleSayThem() {
    assertThat(ImportView.fileName("C:\\Users\\hr\\esr export.csv")).isEqualTo("esr export.csv");
    assertThat(ImportView.fileName("/home/hr/esr.csv")).isEqualTo("esr.csv");
    assertThat(ImportView.fileName("  ")).isEqualTo("upload.csv");
    assertThat(ImportView.fileName("a".repeat(300))).hasSize(200);
    assertThat(ImportView.size(812)).isEqualTo("812 bytes");
    assertThat(ImportView.size(12_400)).isEqualTo("12 KB");
    assertThat(ImportView.size(3_565_158)).isEqualTo("3.4 MB");
  }

  @Test
  void formatLabelsAreEscapedForTheRadioButtons() {
    assertThat(ImportView.FORMATS).extracting(ImportView.Format::code).containsExactly("NATIONAL_HR", "GENERIC", "SOCIAL_CARE");
    assertThat(new ImportView.Format("X", "A <b>", "c & d").labelHtml())
        .isEqualTo("<span class=\"choice-label\">A &lt;b&gt;</span> <span class=\"choice-hint\">c &amp; d</span>");
    assertThat(ImportView.formatLabel("GENERIC")).isEqualTo("Generic training records");
  }
}
