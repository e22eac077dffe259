package city.academy.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what the virtual users report, under one lock: a few hundred requests a second are far
 * from making it a bottleneck, and one lock keeps the figures of a snapshot consistent.
 */
final class Recorder {
  private static final int KINDS = StepKind.values().length;
  /** Failed requests kept one by one (the counts go on beyond). */
  static final int MAX_FAILURES = 2000;

  private final long startNanos;
  private final Instant startedAt;
  /** Per second: completed and failed counts per kind ([0][kind], [1][kind]). */
  private final TreeMap<Integer, int[][]> seconds = new TreeMap<>();
  private final List<List<Long>> latencies = new ArrayList<>();
  private final long[] completed = new long[KINDS];
  private final long[] failed = new long[KINDS];
  private final List<LoadResult.Retry> retries = new ArrayList<>();
  private final List<LoadResult.LostSignIn> lostSignIns = new ArrayList<>();
  private final List<LoadResult.LostSignIn> rolesLost = new ArrayList<>();
  private final Map<String, Integer> causes = new LinkedHashMap<>();
  private final List<LedgerEntry> ledger = new ArrayList<>();
  private final List<String> generatorErrors = new ArrayList<>();
  private final List<LoadResult.Failure> failures = new ArrayList<>();
  private int viewExpired;
  private int reposts;
  private Long stoppedNanos;

  Recorder() {
    this.startNanos = System.nanoTime();
    this.startedAt = Instant.now();
    for (int i = 0; i < KINDS; i++) {
      latencies.add(new ArrayList<>());
    }
  }

  /** Seconds since the start. */
  double now() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  synchronized void completed(StepKind kind, long latencyNanos) {
    bucket()[0][kind.ordinal()]++;
    completed[kind.ordinal()]++;
    latencies.get(kind.ordinal()).add(latencyNanos);
  }

  synchronized void failed(String user, StepKind kind, String address, String cause) {
    bucket()[1][kind.ordinal()]++;
    failed[kind.ordinal()]++;
    causes.merge(kind.name() + ": " + cause, 1, Integer::sum);
    if (failures.size() < MAX_FAILURES) {
      failures.add(new LoadResult.Failure(now(), user, kind, address, cause));
    }
  }

  synchronized void retry(double second, String user, StepKind kind, String cause, boolean succeeded) {
    retries.add(new LoadResult.Retry(second, user, kind, cause, succeeded));
  }

  synchronized void lostSignIn(String user, StepKind kind, String address) {
    lostSignIns.add(new LoadResult.LostSignIn(now(), user, kind, address));
  }

  /** A page the generator could not read as it expected: its own bug or a changed page, not the portal's failure. */
  synchronized void generatorError(String what) {
    if (generatorErrors.size() < 100) {
      generatorErrors.add(String.format(java.util.Locale.ROOT, "%.1f s: %s", now(), what));
    }
  }

  synchronized void rolesLost(String user, StepKind kind, String cause) {
    rolesLost.add(new LoadResult.LostSignIn(now(), user, kind, cause));
  }

  synchronized void viewExpired() {
    viewExpired++;
  }

  synchronized void repost() {
    reposts++;
  }

  synchronized void ledger(String user, String personId, LedgerEntry.Action action, long sessionId, Long bookingId,
      Outcome outcome, boolean retried, String words) {
    ledger.add(new LedgerEntry(ledger.size() + 1L, Instant.now(), user, personId, action, sessionId, bookingId, outcome,
        retried, words));
  }

  synchronized void stopped() {
    if (stoppedNanos == null) {
      stoppedNanos = System.nanoTime();
    }
  }

  private int[][] bucket() {
    int second = (int) ((System.nanoTime() - startNanos) / 1_000_000_000L);
    return seconds.computeIfAbsent(second, s -> new int[2][KINDS]);
  }

  synchronized LoadResult result(int virtualUsers) {
    long end = stoppedNanos != null ? stoppedNanos : System.nanoTime();
    Duration elapsed = Duration.ofNanos(end - startNanos);
    List<LoadResult.Second> timeline = new ArrayList<>();
    int last = seconds.isEmpty() ? -1 : seconds.lastKey();
    for (int s = 0; s <= last; s++) {
      int[][] counts = seconds.getOrDefault(s, new int[2][KINDS]);
      timeline.add(new LoadResult.Second(s, sum(counts[0]), sum(counts[1]), byKind(counts[0]), byKind(counts[1])));
    }
    List<LoadResult.KindFigures> kinds = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    long done = 0;
    long bad = 0;
    for (StepKind kind : StepKind.values()) {
      int k = kind.ordinal();
      done += completed[k];
      bad += failed[k];
      if (completed[k] + failed[k] == 0) {
        continue;
      }
      long[] sorted = sorted(latencies.get(k));
      all.addAll(latencies.get(k));
      int kindRetries = (int) retries.stream().filter(r -> r.kind() == kind).count();
      int kindRetriesOk = (int) retries.stream().filter(r -> r.kind() == kind && r.succeeded()).count();
      kinds.add(new LoadResult.KindFigures(kind, completed[k], failed[k], millis(sorted, 0.50), millis(sorted, 0.99),
          kindRetries, kindRetriesOk));
    }
    long[] sortedAll = sorted(all);
    return new LoadResult(startedAt, elapsed, virtualUsers, List.copyOf(timeline), List.copyOf(kinds), done, bad,
        millis(sortedAll, 0.50), millis(sortedAll, 0.99), List.copyOf(retries), List.copyOf(lostSignIns), List.copyOf(rolesLost), viewExpired,
        reposts, causesByCount(), List.copyOf(failures), List.copyOf(ledger), List.copyOf(generatorErrors));
  }

  /** Why requests failed, the most frequent first. */
  private Map<String, Integer> causesByCount() {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    causes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return java.util.Collections.unmodifiableMap(ordered);
  }

  private static int sum(int[] counts) {
    return Arrays.stream(counts).sum();
  }

  private static Map<StepKind, Integer> byKind(int[] counts) {
    Map<StepKind, Integer> map = new EnumMap<>(StepKind.class);
    for (StepKind kind : StepKind.values()) {
      if (counts[kind.ordinal()] > 0) {
        map.put(kind, counts[kind.ordinal()]);
      }
    }
    return map;
  }

  private static long[] sorted(List<Long> values) {
    long[] array = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(array);
    return array;
  }

  /** The nearest-rank percentile, in milliseconds; NaN for no values. */
  static double millis(long[] sortedNanos, double fraction) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(fraction * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }
}
