package city.academy.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Several Payara Micro instances of the platform on this machine, joined into one Payara cluster
 * (its data grid, found by TCP/IP on 127.0.0.1 only), sharing one PostgreSQL, behind nginx.
 *
 * <p>Member {@code n} (from 1) listens on the load balancer's port + n and keeps its data grid on
 * {@code ACADEMY_GRID_PORT} + n; they share the data folder's keys, credential keys and import
 * uploads, each has its own boot files, temporary files and log ({@code data/cluster/<name>.log}).
 * The first member starts alone (it migrates the schema and loads the demo city into an empty
 * database), the others after it.
 */
public final class Cluster implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

  /**
   * How long a member that is told to stop keeps serving what it has before it undeploys anything
   * ({@code academy.shutdown.drain-seconds}): it answers not ready at once, the gate takes it out
   * of the load balancer's list within half a second, and requests in flight finish.
   */
  static final Duration DRAIN = Duration.ofSeconds(3);
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final List<PlatformSettings> members;
  private final Platform[] running;
  private final LoadBalancer balancer;
  private final ReadinessGate gate;
  private final Path logs;
  private volatile boolean closing;

  private Cluster(List<PlatformSettings> members, LoadBalancer balancer, Path logs) {
    this.members = List.copyOf(members);
    this.running = new Platform[members.size()];
    this.balancer = balancer;
    this.logs = logs;
    this.gate = new ReadinessGate(
        members.stream().map(m -> new ReadinessGate.Member(m.cluster().instanceName(), m.httpPort())).toList(),
        balancer);
  }

  /**
   * A cluster of {@code instances} members of the platform {@code base} describes; the load balancer
   * listens on {@code base}'s HTTP port.
   */
  public static Cluster of(PlatformSettings base, int instances, String nginx) {
    if (instances < 1) {
      throw new IllegalArgumentException("A cluster has at least one instance.");
    }
    int port = base.httpPort();
    String publicUrl = base.publicUrl() == null ? base.baseUrl() : base.publicUrl();
    List<String> grid = new ArrayList<>();
    for (int n = 1; n <= instances; n++) {
      grid.add(PlatformSettings.ADDRESS + ":" + (base.gridPort() + n));
    }
    List<PlatformSettings> members = new ArrayList<>();
    for (int n = 1; n <= instances; n++) {
      members.add(base.asMember("academy-" + n, port + n, base.gridPort() + n, grid, publicUrl));
    }
    Path folder = base.dataDirectory().resolve("cluster");
    return new Cluster(members, new LoadBalancer(nginx, folder.resolve("nginx"), port), folder);
  }

  /** Starts the load balancer, the first member, then the others; returns once all take requests. */
  public Cluster start() throws IOException, InterruptedException {
    List<Integer> ports = new ArrayList<>();
    ports.add(members.get(0).httpPort() - 1);
    for (PlatformSettings member : members) {
      ports.add(member.httpPort());
      ports.add(member.gridPort());
    }
    Ports.requireFree(ports);
    balancer.start(upstreamsDown());
    gate.start();
    startMember(0);
    awaitReady(0);
    for (int i = 1; i < members.size(); i++) {
      startMember(i);
    }
    for (int i = 1; i < members.size(); i++) {
      awaitReady(i);
    }
    awaitTakingRequests(members.size(), Duration.ofSeconds(30));
    return this;
  }

  /** Starts member {@code i} (from 0); the gate lets it take requests once it answers ready. */
  public synchronized void startMember(int i) throws IOException {
    if (closing) {
      throw new IllegalStateException("The cluster is stopping.");
    }
    if (running[i] != null && running[i].isRunning()) {
      throw new IllegalStateException(name(i) + " is running already.");
    }
    running[i] = new Platform(members.get(i)).start(logs.resolve(name(i) + ".log"));
    gate.admit(name(i));
    LOG.log(Level.INFO, "Started {0} (pid {1})", new Object[] {name(i), running[i].pid()});
  }

  /** Waits until member {@code i} answers ready itself (the gate may take another half second). */
  public void awaitReady(int i) throws InterruptedException {
    running[i].awaitReady(START_TIMEOUT);
  }

  /** Waits until the load balancer sends requests to {@code count} members. */
  public void awaitTakingRequests(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (gate.ready().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Only " + gate.ready() + " take requests after " + timeout.toSeconds() + " s.");
      }
      Thread.sleep(100);
    }
  }

  /** Kills member {@code i} with SIGKILL, as a crash would: nothing is drained or finished. */
  public void kill(int i) throws InterruptedException {
    running[i].kill();
    LOG.log(Level.INFO, "Killed {0}", name(i));
  }

  /**
   * Stops member {@code i} without failing a request: out of the load balancer's list first, then a
   * graceful stop (SIGTERM), in which the member gives requests in flight {@link #DRAIN} to finish
   * before it undeploys anything.
   */
  public void stopMember(int i) throws IOException {
    if (running[i] == null || !running[i].isRunning()) {
      return;
    }
    gate.drain(name(i));
    running[i].close();
    LOG.log(Level.INFO, "Stopped {0}", name(i));
  }

  /** Whether {@link #close} has begun: nothing is started any more. */
  public boolean isClosing() {
    return closing;
  }

  public boolean isRunning(int i) {
    return running[i] != null && running[i].isRunning();
  }

  public long pid(int i) {
    return running[i].pid();
  }

  public String name(int i) {
    return members.get(i).cluster().instanceName();
  }

  public int size() {
    return members.size();
  }

  public PlatformSettings member(int i) {
    return members.get(i);
  }

  public LoadBalancer balancer() {
    return balancer;
  }

  /** The address people use: the load balancer. */
  public String url() {
    return balancer.url();
  }

  public Path logs() {
    return logs;
  }

  private List<LoadBalancer.Upstream> upstreamsDown() {
    return members.stream().map(m -> new LoadBalancer.Upstream(PlatformSettings.ADDRESS, m.httpPort(), false)).toList();
  }

  /** Stops every member gracefully, then the load balancer. */
  @Override
  public void close() {
    synchronized (this) {
      closing = true;
    }
    for (int i = 0; i < members.size(); i++) {
      try {
        gate.drain(name(i));
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not drain {0}: {1}", new Object[] {name(i), e});
      }
    }
    gate.close();
    List<Thread> stopping = new ArrayList<>();
    for (Platform platform : running) {
      if (platform != null) {
        Thread thread = new Thread(platform::close);
        thread.start();
        stopping.add(thread);
      }
    }
    for (Thread thread : stopping) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    balancer.close();
  }
}
