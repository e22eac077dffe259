package city.academy.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks each member of the cluster twice a second whether it is ready ({@code /health/ready} with
 * both services' database checks up, and the portal's sign-in page answering) and keeps the load
 * balancer's list to those that are. A member that is starting, stopping or gone takes no new
 * requests; one that is being drained ({@link #drain}) takes none whatever it answers, so that it
 * can be stopped without failing anyone's request.
 */
public final class ReadinessGate implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ReadinessGate.class.getName());
  static final Duration EVERY = Duration.ofMillis(500);

  /** A member the gate looks at: its name and port on 127.0.0.1. */
  public record Member(String name, int port) {}

  private final List<Member> members;
  private final LoadBalancer balancer;
  private final Set<String> draining = ConcurrentHashMap.newKeySet();
  private final Set<String> ready = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean running = true;

  public ReadinessGate(List<Member> members, LoadBalancer balancer) {
    this.members = List.copyOf(members);
    this.balancer = balancer;
    this.thread = new Thread(this::watch, "readiness-gate");
    this.thread.setDaemon(true);
  }

  public ReadinessGate start() {
    thread.start();
    return this;
  }

  /** Takes the member out of the load balancer's list now (and keeps it out) before it is stopped. */
  public synchronized void drain(String name) throws IOException {
    draining.add(name);
    ready.remove(name);
    publish();
  }

  /** Lets the member back in once it answers ready (after a restart). */
  public void admit(String name) {
    draining.remove(name);
  }

  /** The members the load balancer sends requests to now. */
  public Set<String> ready() {
    return Set.copyOf(ready);
  }

  private void watch() {
    while (running) {
      try {
        boolean changed = false;
        for (Member member : members) {
          boolean isReady = !draining.contains(member.name()) && answersReady(member);
          changed |= isReady ? ready.add(member.name()) : ready.remove(member.name());
        }
        if (changed) {
          synchronized (this) {
            publish();
          }
          LOG.log(Level.INFO, "Taking requests: {0}", ready);
        }
        Thread.sleep(EVERY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Readiness gate: {0}", String.valueOf(e));
      }
    }
  }

  private void publish() throws IOException {
    List<LoadBalancer.Upstream> upstreams = new ArrayList<>();
    for (Member member : members) {
      upstreams.add(new LoadBalancer.Upstream(PlatformSettings.ADDRESS, member.port(), ready.contains(member.name())));
    }
    balancer.update(upstreams);
  }

  private boolean answersReady(Member member) {
    return Platform.isReady("http://" + PlatformSettings.ADDRESS + ":" + member.port());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
