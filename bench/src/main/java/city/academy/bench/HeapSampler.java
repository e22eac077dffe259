package city.academy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the server's used heap every 200 ms from its MicroProfile Metrics endpoint (Prometheus
 * text, {@code GET /metrics}) and keeps the highest value per phase. Used heap includes garbage not
 * yet collected, so a peak says how far the heap grew, not how much was live.
 */
final class HeapSampler implements AutoCloseable {
  static final int PERIOD_MS = 200;

  /** e.g. {@code base_memory_usedHeap_bytes 1.2E8} or {@code memory_usedHeap_bytes{mp_scope="base"} 1.2E8}. */
  private static final Pattern USED =
      Pattern.compile("(?m)^([A-Za-z_:]*memory_usedHeap_bytes)(\\{[^}]*})?\\s+([0-9.eE+-]+)\\s*$");
  private static final Pattern MAX =
      Pattern.compile("(?m)^([A-Za-z_:]*memory_maxHeap_bytes)(\\{[^}]*})?\\s+([0-9.eE+-]+)\\s*$");

  private final HttpClient http;
  private final HttpRequest request;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bench-heap-sampler");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Long> peaks = new LinkedHashMap<>();
  private volatile String phase = "the checks after start-up";
  private long samples;
  private long failures;
  private String metric;
  private long maxHeap = -1;
  private String lastFailure;

  HeapSampler(HttpClient http, String baseUrl) {
    this.http = http;
    this.request = HttpRequest.newBuilder(URI.create(baseUrl + "/metrics"))
        .header("Accept", "text/plain")
        .timeout(Duration.ofSeconds(2))
        .build();
  }

  HeapSampler start() {
    timer.scheduleWithFixedDelay(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    return this;
  }

  /** Samples from now on count towards this phase. */
  void phase(String name) {
    phase = name;
  }

  private void sample() {
    String current = phase;
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher m = USED.matcher(response.body());
      if (response.statusCode() != 200 || !m.find()) {
        failed("HTTP " + response.statusCode() + ", no memory_usedHeap_bytes line");
        return;
      }
      long used = (long) Double.parseDouble(m.group(3));
      Matcher max = MAX.matcher(response.body());
      synchronized (this) {
        metric = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        if (max.find()) {
          maxHeap = (long) Double.parseDouble(max.group(3));
        }
        samples++;
        peaks.merge(current, used, Math::max);
      }
    } catch (Exception e) {
      failed(e.toString());
    }
  }

  private synchronized void failed(String failure) {
    failures++;
    lastFailure = failure;
  }

  synchronized Map<String, Long> peaks() {
    return new LinkedHashMap<>(peaks);
  }

  synchronized long peak() {
    return peaks.values().stream().mapToLong(Long::longValue).max().orElse(-1);
  }

  synchronized long samples() {
    return samples;
  }

  synchronized String summary() {
    return String.format("%,d samples of %s every %d ms (max heap %s)%s", samples, metric, PERIOD_MS,
        maxHeap < 0 ? "n/a" : Bench.mb(maxHeap),
        failures == 0 ? "" : String.format(", %d failed (last: %s)", failures, lastFailure));
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
