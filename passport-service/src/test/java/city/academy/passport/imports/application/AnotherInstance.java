package city.academy.passport.imports.application;

import java.time.OffsetDateTime;

/**
 * A second instance of the passport service, played inside the test's one server: a runner id of
 * its own, the same database and folder of uploads. Added to the in-container test's deployment
 * (it needs the runner's package-private way to run a job as another runner).
 */
public final class AnotherInstance {
  public static final String RUNNER = "another-instance";

  private AnotherInstance() {}

  /** What this instance's sweep does to a job it finds silent since the cut-off: answers whether it took it. */
  public static boolean takeOver(ImportJobs jobs, long jobId, OffsetDateTime cutOff) {
    return jobs.takeOver(jobId, RUNNER, cutOff);
  }

  /** Runs the job (queued for this instance) in the background, as this instance's runner would. */
  public static void run(ImportRunner runner, long jobId) {
    runner.submit(jobId, RUNNER);
  }
}
