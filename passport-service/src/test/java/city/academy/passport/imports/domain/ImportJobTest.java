package city.academy.passport.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * An import job's life: queued, running, then completed, refused, or interrupted and resumed; and,
 * with several instances, abandoned by a runner that went silent and taken over by another.
 */
class ImportJobTest {
  static final String HERE = "pid1-here";
  static final String THERE = "pid2-there";

  static ImportJob queued() {
    return new ImportJob(ImportFormat.NATIONAL_HR, "NGH", "C:\\exports\\esr.csv", "/data/imports/a.csv", 120, "hr", HERE);
  }

  @Test
  void aJobRunsToTheEndAndLetsGoOfItsFile() {
    ImportJob job = queued();
    assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(job.fileName()).as("no folder of the sender's machine").isEqualTo("esr.csv");
    job.start(HERE);
    assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
    assertThat(job.startedAt()).isNotNull();
    job.complete();
    assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(job.finishedAt()).isNotNull();
    assertThat(job.storedFile()).isNull();
    assertThatThrownBy(() -> job.start(HERE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> job.resume(HERE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Only an interrupted import");
  }

  @Test
  void aRefusedFileSaysWhyAndImportsNothing() {
    ImportJob job = queued();
    job.start(HERE);
    job.refuse("This looks like a spreadsheet (.xlsx); save it as CSV.");
    assertThat(job.status()).isEqualTo(ImportStatus.REFUSED);
    assertThat(job.message()).contains("save it as CSV");
    assertThat(job.rowsImported()).isZero();
  }

  @Test
  void anInterruptedJobResumesKeepingItsFileAndCheckpoint() {
    ImportJob job = queued();
    job.start(HERE);
    job.interrupt("The service stopped while this import was running.");
    assertThat(job.status()).isEqualTo(ImportStatus.INTERRUPTED);
    assertThat(job.storedFile()).isEqualTo("/data/imports/a.csv");
    job.resume(THERE);
    assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(job.message()).isNull();
    assertThat(job.runner()).as("resumed by a person on another instance: queued there").isEqualTo(THERE);
    assertThat(job.isAbandoned(job.heartbeatAt())).as("the resume starts its heartbeat afresh").isFalse();
    job.start(THERE);
    assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
    assertThatThrownBy(() -> {
      job.complete();
      job.interrupt("late");
    }).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theRunnerIsRecordedFromTheUploadAndAtEachStart() {
    ImportJob job = queued();
    assertThat(job.runner()).as("queued on the instance that received it").isEqualTo(HERE);
    assertThat(job.heartbeatAt()).isNull();
    assertThat(job.lastSignOfLife()).isEqualTo(job.uploadedAt());
    assertThat(job.isRunBy(HERE)).as("queued, not running").isFalse();
    job.start(HERE);
    assertThat(job.isRunBy(HERE)).isTrue();
    assertThat(job.isRunBy(THERE)).isFalse();
    assertThat(job.isRunBy(null)).isFalse();
    assertThat(job.heartbeatAt()).isNotNull();
    assertThat(job.lastSignOfLife()).isEqualTo(job.heartbeatAt());
    assertThatThrownBy(() -> queued().start(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queued().start("x".repeat(ImportJob.RUNNER_MAX + 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportJob(ImportFormat.GENERIC, null, "a.csv", "/a", 1, "hr", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueuedJobNeverBeatenForIsAbandonedOnlyOnceItsUploadIsOlderThanTheCutOff() {
    ImportJob job = queued();
    OffsetDateTime uploaded = job.uploadedAt();
    assertThat(job.isAbandoned(uploaded.minusNanos(1))).isFalse();
    assertThat(job.isAbandoned(uploaded)).as("at the cut-off exactly: not yet").isFalse();
    assertThat(job.isAbandoned(uploaded.plusNanos(1))).isTrue();
  }

  @Test
  void aRunningJobIsAbandonedOnlyOnceItsHeartbeatIsOlderThanTheCutOff() {
    ImportJob job = queued();
    job.start(HERE);
    OffsetDateTime beat = job.heartbeatAt();
    assertThat(job.isAbandoned(beat)).as("at the cut-off exactly: not yet").isFalse();
    assertThat(job.isAbandoned(beat.plusNanos(1))).isTrue();
  }

  @Test
  void aFinishedOrInterruptedJobIsNeverAbandoned() {
    OffsetDateTime future = OffsetDateTime.now().plusDays(1);
    ImportJob completed = queued();
    completed.start(HERE);
    completed.complete();
    ImportJob refused = queued();
    refused.start(HERE);
    refused.refuse("Not CSV.");
    ImportJob interrupted = queued();
    interrupted.start(HERE);
    interrupted.interrupt("An error.");
    for (ImportJob job : java.util.List.of(completed, refused, interrupted)) {
      assertThat(job.isAbandoned(future)).as(job.status().name()).isFalse();
      assertThatThrownBy(() -> job.takeOver(THERE, future)).as(job.status().name())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("only a queued or running import can be taken over");
      assertThat(job.runner()).isEqualTo(HERE);
    }
  }

  @Test
  void aRunningJobTakenOverIsQueuedForTheNewRunnerAndSaysWhyToTheEnd() {
    ImportJob job = queued();
    job.start(HERE);
    OffsetDateTime oldBeat = job.heartbeatAt();
    job.takeOver(THERE, oldBeat.plusNanos(1));
    assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(job.runner()).isEqualTo(THERE);
    assertThat(job.isRunBy(HERE)).as("the old runner may write no more").isFalse();
    assertThat(job.heartbeatAt()).as("the new runner's lease starts at the takeover").isAfterOrEqualTo(oldBeat);
    assertThat(job.isAbandoned(job.heartbeatAt())).isFalse();
    assertThat(job.message()).isEqualTo("The instance running this import stopped before it had settled any rows;"
        + " another started it again.");
    assertThat(job.startedAt()).isNotNull();

    job.start(THERE);
    assertThat(job.isRunBy(THERE)).isTrue();
    assertThat(job.message()).as("people following the job still see why it paused").contains("another started it again");
    job.complete();
    assertThat(job.message()).contains("The instance running this import stopped");
  }

  @Test
  void aQueuedJobWhoseInstanceStoppedIsTakenOnByAnother() {
    ImportJob job = queued();
    job.takeOver(THERE, job.uploadedAt().plusSeconds(1));
    assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(job.runner()).isEqualTo(THERE);
    assertThat(job.message()).isEqualTo("The instance this import was waiting for stopped before taking it up; another took it on.");
  }

  @Test
  void aJobWhoseRunnerIsStillBeatingIsNotTakenOver() {
    ImportJob job = queued();
    job.start(HERE);
    OffsetDateTime cutOff = job.heartbeatAt();
    assertThatThrownBy(() -> job.takeOver(THERE, cutOff)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not abandoned");
    assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
    assertThat(job.runner()).isEqualTo(HERE);
    assertThat(job.message()).isNull();
  }

  @Test
  void anErrorAfterATakeoverReplacesItsNoteAndAResumeClearsBoth() {
    ImportJob job = queued();
    job.start(HERE);
    job.takeOver(THERE, OffsetDateTime.now().plusMinutes(1));
    job.start(THERE);
    job.interrupt("Stopped by an error after line 10: disk full. Resume it to go on; nothing is added twice.");
    assertThat(job.message()).startsWith("Stopped by an error");
    job.resume(HERE);
    assertThat(job.message()).isNull();
    assertThat(job.runner()).isEqualTo(HERE);
  }

  @Test
  void fileNamesAreCleaned() {
    assertThat(ImportJob.cleanFileName(null)).isEqualTo("upload.csv");
    assertThat(ImportJob.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(ImportJob.cleanFileName("a".repeat(300) + ".csv")).hasSize(ImportJob.FILE_NAME_MAX);
  }
}
