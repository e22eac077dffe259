package city.academy.passport.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An import job's life: queued, running, then completed, refused, or interrupted and resumed. */
class ImportJobTest {

  static ImportJob queued() {
    return new ImportJob(ImportFormat.NATIONAL_HR, "NGH", "C:\\exports\\esr.csv", "/data/imports/a.csv", 120, "hr");
  }

  @Test
  void aJobRunsToTheEndAndLetsGoOfItsFile() {
    ImportJob job = queued();
    assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(job.fileName()).as("no folder of the sender's machine").isEqualTo("esr.csv");
    job.start();
    assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
    assertThat(job.startedAt()).isNotNull();
    job.complete();
    assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(job.finishedAt()).isNotNull();
    assertThat(job.storedFile()).isNull();
    assertThatThrownBy(job::start).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(job::resume).isInstanceOf(IllegalStateException.class).hasMessageContaining("Only an interrupted import");
  }

  @Test
  void aRefusedFileSaysWhyAndImportsNothing() {
    ImportJob job = queued();
    job.start();
    job.refuse("This looks like a spreadsheet (.xlsx); save it as CSV.");
    assertThat(job.status()).isEqualTo(ImportStatus.REFUSED);
    assertThat(job.message()).contains("save it as CSV");
    assertThat(job.rowsImported()).isZero();
  }

  @Test
  void anInterruptedJobResumesKeepingItsFileAndCheckpoint() {
    ImportJob job = queued();
    job.start();
    job.interrupt("The service stopped while this import was running.");
    assertThat(job.status()).isEqualTo(ImportStatus.INTERRUPTED);
    assertThat(job.storedFile()).isEqualTo("/data/imports/a.csv");
    job.resume();
    assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(job.message()).isNull();
    job.start();
    assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
    assertThatThrownBy(() -> {
      job.complete();
      job.interrupt("late");
    }).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void fileNamesAreCleaned() {
    assertThat(ImportJob.cleanFileName(null)).isEqualTo("upload.csv");
    assertThat(ImportJob.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(ImportJob.cleanFileName("a".repeat(300) + ".csv")).hasSize(ImportJob.FILE_NAME_MAX);
  }
}
