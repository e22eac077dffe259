package city.academy.platform.health;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Graceful stop of an instance behind a load balancer. Payara Micro stops on SIGTERM by undeploying
 * its applications one by one, and an application being undeployed already holds back or refuses
 * requests: too late to tell a load balancer. So, when {@code academy.shutdown.drain-seconds} is
 * set, SIGTERM is taken first here: the instance is marked stopping (every service's readiness check
 * answers DOWN from then on), requests keep being served for the drain time while the load balancer
 * stops sending new ones and those under way finish, and only then does the JVM exit, running
 * Payara's own shutdown. One handler for the whole JVM, whichever service installs it first.
 */
public final class Draining {
  private static final Logger LOG = Logger.getLogger(Draining.class.getName());
  /** System properties: shared by every application in the JVM (each has its own copy of this class). */
  static final String STOPPING = "academy.stopping";
  static final String INSTALLED = "academy.stopping.handler";

  private Draining() {}

  /** Whether this instance has been told to stop: not ready for new requests. */
  public static boolean stopping() {
    return Boolean.getBoolean(STOPPING);
  }

  /**
   * Takes SIGTERM for a drain of this length before the JVM exits; does nothing when the drain is
   * zero (a single instance with nobody to tell: SIGTERM stops it at once) or a handler is in place.
   */
  public static void onTerm(Duration drain) {
    if (drain.isZero() || drain.isNegative()) {
      return;
    }
    synchronized (System.class) {
      if (Boolean.getBoolean(INSTALLED)) {
        return;
      }
      System.setProperty(INSTALLED, "true");
    }
    sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> {
      System.setProperty(STOPPING, "true");
      LOG.log(Level.INFO, "SIGTERM: not ready any more; {0} s for requests under way to finish, then stopping", drain.toSeconds());
      Thread exit = new Thread(() -> {
        try {
          Thread.sleep(drain.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        System.exit(0);
      }, "academy-drain");
      exit.setDaemon(false);
      exit.start();
    });
  }
}
