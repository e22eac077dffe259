package city.academy.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ./cluster.sh}: the platform as a cluster on this machine, {@code ACADEMY_INSTANCES}
 * members (default 2) behind nginx on {@code ACADEMY_PORT} (default 8080), on PostgreSQL. Like a
 * service manager it starts a member again when it dies (try {@code kill -9} on one). Stop it with
 * Ctrl+C: every member is drained and stopped gracefully.
 */
public final class ClusterMain {
  private ClusterMain() {}

  public static void main(String[] args) throws Exception {
    Path repository = PlatformSettings.findRepository(Path.of(""));
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putIfAbsent("ACADEMY_DB", "postgres");
    // two instances × two pools × 16 stay well under PostgreSQL's default 100 connections
    env.putIfAbsent("ACADEMY_DB_POOL_MAX", "16");
    PlatformSettings settings = PlatformSettings.fromEnvironment(env, repository);
    int instances = Integer.parseInt(env.getOrDefault("ACADEMY_INSTANCES", "2"));
    Cluster cluster = Cluster.of(settings, instances, env.getOrDefault("ACADEMY_NGINX", LoadBalancer.DEFAULT_NGINX));
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
    long started = System.nanoTime();
    cluster.start();
    System.out.println(banner(cluster, settings, Duration.ofNanos(System.nanoTime() - started).toSeconds()));
    supervise(cluster);
  }

  /** Starts a member again when it has died, as systemd or a container platform would. */
  private static void supervise(Cluster cluster) throws InterruptedException {
    while (!cluster.isClosing()) {
      Thread.sleep(1000);
      for (int i = 0; i < cluster.size() && !cluster.isClosing(); i++) {
        if (!cluster.isRunning(i)) {
          System.out.println(cluster.name(i) + " has stopped; starting it again.");
          try {
            cluster.startMember(i);
          } catch (Exception e) {
            System.out.println("Could not start " + cluster.name(i) + ": " + e);
          }
        }
      }
      if (!cluster.balancer().isRunning() && !cluster.isClosing()) {
        System.out.println("nginx has stopped; stopping the cluster.");
        System.exit(1);
      }
    }
  }

  static String banner(Cluster cluster, PlatformSettings settings, long seconds) {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < cluster.size(); i++) {
      PlatformSettings member = cluster.member(i);
      members.append("   %-12s %s   pid %d   log %s%n".formatted(
          member.cluster().instanceName(), member.baseUrl(), cluster.pid(i), cluster.logs().resolve(cluster.name(i) + ".log")));
    }
    return """

        ================================================================
         One Workforce Academy is ready as a cluster (%d s)

           Portal (nginx, round robin)   %s/   pid %d
        %s
         Database: PostgreSQL %s:%d/%s   Data folder: %s
         Demo sign-ins as for ./run.sh (password "academy").
         A member that dies is started again; Ctrl+C stops them all.
        ================================================================
        """.formatted(seconds, settings.publicBaseUrl(), cluster.balancer().pid(), members,
            settings.postgres().host(), settings.postgres().port(), settings.postgres().database(), settings.dataDirectory());
  }
}
