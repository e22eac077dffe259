package city.academy.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A closed-loop HTTP load: {@code clients} threads, each sending its next request as soon as the
 * last one has been answered, until the phase's time is up or its request budget is spent,
 * whichever comes first. Latency is from send to the last byte of the body.
 */
final class HttpLoad {

  /** What one phase (or several phases of the same endpoint, merged) measured. */
  record Result(String name, long requests, long errors, String firstError, double seconds, long bytes,
      long[] sortedNanos) {

    double throughput() {
      return requests / seconds;
    }

    double medianMs() {
      return sortedNanos.length == 0 ? Double.NaN : Report.ms(Report.median(sortedNanos));
    }

    double p99Ms() {
      return sortedNanos.length == 0 ? Double.NaN : Report.ms(Report.p99(sortedNanos));
    }

    double meanBytes() {
      return requests == 0 ? 0 : bytes / (double) requests;
    }

    /** Several phases of the same endpoint as one: requests over the sum of their durations. */
    static Result merge(String name, List<Result> phases) {
      long requests = 0;
      long errors = 0;
      long bytes = 0;
      double seconds = 0;
      String firstError = null;
      int n = 0;
      for (Result r : phases) {
        requests += r.requests;
        errors += r.errors;
        bytes += r.bytes;
        seconds += r.seconds;
        firstError = firstError != null ? firstError : r.firstError;
        n += r.sortedNanos.length;
      }
      long[] all = new long[n];
      int at = 0;
      for (Result r : phases) {
        System.arraycopy(r.sortedNanos, 0, all, at, r.sortedNanos.length);
        at += r.sortedNanos.length;
      }
      Arrays.sort(all);
      return new Result(name, requests, errors, firstError, seconds, bytes, all);
    }
  }

  private HttpLoad() {}

  /**
   * @param request the next request of a client, from the client's own random numbers
   */
  static Result run(HttpClient http, String name, int clients, int seconds, int maxRequests, long seed,
      Function<SplittableRandom, HttpRequest> request) throws InterruptedException {
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[clients];
    long[][] perClient = new long[clients][];
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Thread> threads = new ArrayList<>();
    long[] deadline = new long[1];
    for (int i = 0; i < clients; i++) {
      int client = i;
      SplittableRandom random = seeds.split();
      Thread t = new Thread(() -> {
        long[] mine = new long[1024];
        int n = 0;
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        while (System.nanoTime() < deadline[0] && budget.getAndDecrement() > 0) {
          HttpRequest next = request.apply(random);
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(next, HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            if (n == mine.length) {
              mine = Arrays.copyOf(mine, n * 2);
            }
            mine[n++] = t1 - t0;
            bytes.addAndGet(response.body().length);
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
              String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
              firstError.compareAndSet(null, "HTTP " + response.statusCode() + " "
                  + body.substring(0, Math.min(300, body.length())));
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
        perClient[client] = Arrays.copyOf(mine, n);
        counts[client] = n;
      }, "bench-client-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    long started = System.nanoTime();
    deadline[0] = started + seconds * 1_000_000_000L;
    start.countDown();
    for (Thread t : threads) {
      // each request has its own timeout, so this ends; the extra minute is a backstop
      t.join(seconds * 1000L + 60_000L);
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long requests = 0;
    for (int i = 0; i < clients; i++) {
      if (perClient[i] != null) {
        latencies.add(perClient[i]);
        requests += counts[i];
      }
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    return new Result(name, requests, errors.get(), firstError.get(), elapsed, bytes.get(), all);
  }
}
