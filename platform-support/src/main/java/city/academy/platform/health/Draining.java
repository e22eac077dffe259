package city.academy.platform.health;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A service on its way down. Payara Micro stops on SIGTERM by undeploying its applications one by
 * one; the first to go marks itself stopping, so that its readiness check answers DOWN, and then
 * waits {@code academy.shutdown.drain-seconds} before letting the undeploy go on. In that time a
 * load balancer that asks for readiness stops sending requests here, and the requests already here
 * finish, before anything is taken away under them.
 */
public final class Draining {
  private static final Logger LOG = Logger.getLogger(Draining.class.getName());

  private volatile boolean stopping;

  public boolean isStopping() {
    return stopping;
  }

  /** Marks the service stopping, then waits the drain time (none when it is zero). */
  public void begin(Duration drain) {
    stopping = true;
    if (drain.isZero() || drain.isNegative()) {
      return;
    }
    LOG.log(Level.INFO, "Stopping: not ready any more; {0} s for requests under way to finish", drain.toSeconds());
    try {
      Thread.sleep(drain.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
