package city.academy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * nginx (Debian's package) in front of the cluster's members: round-robin, no sticky sessions, on
 * 127.0.0.1 only. It sends requests only to the members the {@link ReadinessGate} lists as ready;
 * the gate rewrites the list and nginx reloads it gracefully (requests in flight finish on the old
 * list). A member that fails between two looks is passed over at once: a refused or broken
 * connection (or a 502/503/504) sends the request on to the next member, a form post too
 * ({@code non_idempotent}): each post is one transaction, so a post the lost member had not committed
 * left nothing, and one it had committed just before it died meets the domain's own rules on the
 * next (a place already booked, a booking already cancelled, a request already decided), exactly as
 * when the person presses the button again (ADR 0012).
 */
public final class LoadBalancer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LoadBalancer.class.getName());

  /** Debian's nginx; {@code ACADEMY_NGINX} names another. */
  public static final String DEFAULT_NGINX = "/usr/sbin/nginx";

  /** A member as nginx sees it. */
  public record Upstream(String address, int port, boolean ready) {}

  private final String nginx;
  private final Path folder;
  private final int port;
  private Process process;

  public LoadBalancer(String nginx, Path folder, int port) {
    this.nginx = nginx;
    this.folder = folder.toAbsolutePath();
    this.port = port;
  }

  /** Writes the configuration with the members (none ready yet) and starts nginx in the foreground of its own process. */
  public LoadBalancer start(List<Upstream> members) throws IOException {
    if (!Files.isExecutable(Path.of(nginx))) {
      throw new IllegalStateException(nginx + " is missing: install it with 'apt-get install -y nginx' (Debian), or name another with ACADEMY_NGINX.");
    }
    Files.createDirectories(folder.resolve("temp"));
    writeUpstreams(members);
    Files.writeString(folder.resolve("nginx.conf"), configuration());
    List<String> command = List.of(nginx, "-p", folder.toString(), "-c", "nginx.conf", "-e", folder.resolve("error.log").toString(), "-g", "daemon off;");
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
    return this;
  }

  /** Lists the members again, ready or not, and has nginx reload the list (gracefully). */
  public synchronized void update(List<Upstream> members) throws IOException {
    writeUpstreams(members);
    if (process != null && process.isAlive()) {
      // SIGHUP: nginx reads its configuration again; old workers finish what they are serving
      new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).inheritIO().start();
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  public String url() {
    return "http://" + PlatformSettings.ADDRESS + ":" + port;
  }

  void writeUpstreams(List<Upstream> members) throws IOException {
    StringBuilder upstream = new StringBuilder("# written by the cluster launcher's readiness gate: only ready members take requests\n");
    upstream.append("upstream academy {\n");
    for (Upstream member : members) {
      upstream.append("  server ").append(member.address()).append(':').append(member.port())
          .append(" max_fails=1 fail_timeout=2s").append(member.ready() ? "" : " down").append(";\n");
    }
    upstream.append("  keepalive 32;\n}\n");
    Path temporary = folder.resolve("upstream.conf.new");
    Files.writeString(temporary, upstream);
    Files.move(temporary, folder.resolve("upstream.conf"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    LOG.fine(() -> "Upstreams: " + members);
  }

  String configuration() {
    // Run as root (a development machine), the workers would otherwise be 'nobody' and could not
    // write the temporary folders in the data folder.
    String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    return user + """
        worker_processes 1;
        pid nginx.pid;
        events { worker_connections 1024; }
        http {
          log_format upstreams '$remote_addr [$time_local] "$request" $status $body_bytes_sent '
                               'upstream=$upstream_addr upstream_status=$upstream_status time=$request_time';
          access_log access.log upstreams;
          client_body_temp_path temp/client;
          proxy_temp_path temp/proxy;
          fastcgi_temp_path temp/fastcgi;
          uwsgi_temp_path temp/uwsgi;
          scgi_temp_path temp/scgi;
          # imports upload files up to 1 GB through the portal
          client_max_body_size 1100m;
          include upstream.conf;
          server {
            listen %s:%d;
            location / {
              proxy_pass http://academy;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_connect_timeout 2s;
              # longer than the portal's own longest wait (an upload, 300 s): the portal always answers
              # first, so a slow post is never sent to a second member
              proxy_read_timeout 360s;
              proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
              proxy_next_upstream_tries 2;
            }
          }
        }
        """.formatted(PlatformSettings.ADDRESS, port);
  }

  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy(); // SIGTERM: nginx stops at once
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
