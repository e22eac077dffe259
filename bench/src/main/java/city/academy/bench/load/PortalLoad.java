package city.academy.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A closed, bounded load on the portal: a fixed number of virtual users, each with its own sign-in
 * and cookies and at most one request in flight, against one base address (in the failover test,
 * the load balancer in front of the instances). {@link #start()}, then {@link #stop()} for the
 * result; {@link #snapshot()} reads the figures while it runs.
 *
 * <p>Each virtual user needs a sign-in of its own: one person booking in two browsers at once would
 * make "already booked" ambiguous in the ledger.
 */
public final class PortalLoad implements AutoCloseable {
  /** How long a request may take before the person gives up on it (and retries once). */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** The users start spread over this long (at most), so that the first second is not a stampede of sign-ins. */
  static final Duration RAMP = Duration.ofSeconds(5);

  private final URI portal;
  private final List<LoadAccount> accounts;
  private final int virtualUsers;
  private final Duration thinkTime;
  private final Duration requestTimeout;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final List<Thread> threads = new ArrayList<>();
  private HttpClient client;
  private Recorder recorder;
  private LoadResult result;

  /**
   * @param portal the portal's base address, e.g. {@code http://127.0.0.1:18950}
   * @param accounts sign-ins, at least one per virtual user (the first {@code virtualUsers} are used)
   * @param virtualUsers how many people use the portal at once
   * @param thinkTime the mean pause before each click (each between half and one and a half of it)
   */
  public PortalLoad(URI portal, List<LoadAccount> accounts, int virtualUsers, Duration thinkTime) {
    this(portal, accounts, virtualUsers, thinkTime, REQUEST_TIMEOUT);
  }

  public PortalLoad(URI portal, List<LoadAccount> accounts, int virtualUsers, Duration thinkTime, Duration requestTimeout) {
    this.portal = Objects.requireNonNull(portal, "portal");
    this.accounts = List.copyOf(accounts);
    this.thinkTime = Objects.requireNonNull(thinkTime, "thinkTime");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (virtualUsers < 1) {
      throw new IllegalArgumentException("virtualUsers: at least 1, not " + virtualUsers + ".");
    }
    if (accounts.size() < virtualUsers) {
      throw new IllegalArgumentException("Each virtual user needs its own sign-in: " + virtualUsers + " users, "
          + accounts.size() + " accounts. Prepare more with LoadAccounts.prepare.");
    }
    if (accounts.stream().map(LoadAccount::username).distinct().count() < accounts.size()) {
      throw new IllegalArgumentException("The same sign-in is listed twice; each virtual user needs its own.");
    }
    this.virtualUsers = virtualUsers;
  }

  /** Starts the virtual users (spread over up to {@link #RAMP}); returns at once. */
  public synchronized void start() {
    if (recorder != null) {
      throw new IllegalStateException("This load has been started already.");
    }
    client = Browser.newClient(CONNECT_TIMEOUT);
    recorder = new Recorder();
    long rampMillis = Math.min(RAMP.toMillis(), 200L * virtualUsers);
    for (int i = 0; i < virtualUsers; i++) {
      LoadAccount account = accounts.get(i);
      Duration delay = Duration.ofMillis(rampMillis * i / virtualUsers);
      VirtualUser user = new VirtualUser(i, account, new Browser(client, portal, requestTimeout), recorder, thinkTime, delay, stop);
      Thread thread = new Thread(user, "load-" + account.username());
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
  }

  /** The figures so far, while the load goes on. */
  public synchronized LoadResult snapshot() {
    if (recorder == null) {
      throw new IllegalStateException("The load has not been started.");
    }
    return result != null ? result : recorder.result(virtualUsers);
  }

  /**
   * Stops the virtual users and waits until each has finished the step it was in (at most two
   * request timeouts and the retry's pause), then returns what happened. Calling it again returns
   * the same result.
   */
  public synchronized LoadResult stop() {
    if (recorder == null) {
      throw new IllegalStateException("The load has not been started.");
    }
    if (result != null) {
      return result;
    }
    stop.countDown();
    recorder.stopped();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * requestTimeout.toMillis() + 5_000);
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Thread thread : threads) {
      if (thread.isAlive()) {
        recorder.generatorError(thread.getName() + " did not stop in time; its last step is not in the result");
      }
    }
    result = recorder.result(virtualUsers);
    return result;
  }

  @Override
  public void close() {
    if (recorder != null) {
      stop();
    }
  }
}
