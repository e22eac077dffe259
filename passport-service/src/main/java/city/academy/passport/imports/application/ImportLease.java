package city.academy.passport.imports.application;

import city.academy.passport.platform.PassportStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps imports going when the instance running them is lost. Several instances share the jobs (and
 * the folder of uploaded files), so none may assume that a job left running is its own leftover.
 * Instead each runner beats a heartbeat on the jobs it has in hand every 20 s, and every 30 s (the
 * first time shortly after start-up) each instance looks for jobs whose runner has said nothing for
 * longer than the lease ({@code academy.passport.imports.lease-seconds}, default 90), takes each
 * over under the job's row lock, so that exactly one instance gets it, and runs it here after its
 * checkpoint. A shorter lease beats and looks more often (a quarter and a third of it). An instance
 * started again has a new runner id, so it takes over its own old jobs the same way.
 */
@ApplicationScoped
public class ImportLease {
  private static final Logger LOG = Logger.getLogger(ImportLease.class.getName());
  static final long BEAT_SECONDS = 20;
  static final long SWEEP_SECONDS = 30;
  static final long FIRST_SWEEP_SECONDS = 5;
  /** At least four heartbeats of a second fit in a lease. */
  static final long LEASE_SECONDS_MIN = 4;
  /** Jobs taken over in one sweep at most; the next sweep takes the rest. */
  static final int SWEEP_MAX = 50;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ImportJobs jobs;
  @Inject ImportRunner runner;
  @Inject PassportStartup startup;

  @Inject
  @ConfigProperty(name = "academy.passport.imports.lease-seconds", defaultValue = "90")
  long leaseSeconds;

  private ScheduledFuture<?> beats;
  private ScheduledFuture<?> sweeps;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (leaseSeconds < LEASE_SECONDS_MIN) {
      LOG.log(Level.WARNING, "academy.passport.imports.lease-seconds={0} is too short to tell a live instance from a lost one;"
          + " using {1}", new Object[] {Long.toString(leaseSeconds), Long.toString(LEASE_SECONDS_MIN)});
      leaseSeconds = LEASE_SECONDS_MIN;
    }
    // several beats within a lease, so that one late beat (a busy database, a pause) does not hand a live job away
    long beatEvery = Math.min(BEAT_SECONDS, leaseSeconds / 4);
    long sweepEvery = Math.min(SWEEP_SECONDS, Math.max(1, leaseSeconds / 3));
    beats = scheduler.scheduleWithFixedDelay(this::beat, beatEvery, beatEvery, TimeUnit.SECONDS);
    sweeps = scheduler.scheduleWithFixedDelay(this::sweep, Math.min(FIRST_SWEEP_SECONDS, sweepEvery), sweepEvery, TimeUnit.SECONDS);
    LOG.log(Level.INFO, "Imports run here as runner {0}: a heartbeat every {1} s; a job silent for {2} s is taken over",
        new Object[] {runner.id(), Long.toString(beatEvery), Long.toString(leaseSeconds)});
  }

  /** Says that this process is alive for every job it has in hand; never lets an exception end the schedule. */
  void beat() {
    if (!startup.isReady()) {
      return; // the schema may not have the heartbeat yet
    }
    try {
      jobs.beat(runner.id(), runner.inHand());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Import heartbeat failed; the next one tries again (a job is taken over only after "
          + leaseSeconds + " s of silence)");
    }
  }

  void sweep() {
    if (!startup.isReady()) {
      return;
    }
    try {
      takeOverAbandoned(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(leaseSeconds));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Looking for abandoned imports failed; the next sweep tries again");
    }
  }

  /**
   * Takes over, and runs here, the queued or running jobs whose runner has said nothing since the
   * cut-off; answers how many this instance took.
   */
  public int takeOverAbandoned(OffsetDateTime cutOff) {
    int taken = 0;
    for (long id : jobs.abandoned(cutOff, SWEEP_MAX)) {
      if (runner.has(id)) {
        continue; // this process was paused, not lost: it still has the job, and its next beat says so
      }
      try {
        if (jobs.takeOver(id, runner.id(), cutOff)) {
          runner.submit(id);
          taken++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Import " + id + " could not be taken over; the next sweep tries again");
      }
    }
    return taken;
  }

  /** The application is stopping: no more heartbeats or sweeps from it (its jobs' leases run out). */
  @PreDestroy
  void stop() {
    if (beats != null) {
      beats.cancel(false);
    }
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }
}
