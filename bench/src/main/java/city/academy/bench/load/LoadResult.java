package city.academy.bench.load;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a portal load did: requests per second of the run (completed and failed, by step kind),
 * totals, latency, the retries and whether they worked, lost sign-ins, expired pages, and the
 * booking ledger that {@link LoadCheck} compares with the database.
 *
 * <p>A request is one page load (with the redirects it leads to). Latency is that of completed
 * requests, from sending to the last byte of the last page; a failed request's time says nothing
 * about the portal's speed (a 10 s timeout, a refused connection in a millisecond).
 *
 * @param startedAt when the first virtual user started
 * @param elapsed from the start to the stop (or to this snapshot)
 * @param virtualUsers how many virtual users ran
 * @param timeline one bucket per second of the run, from second 0, with no gaps
 * @param byKind figures per step kind, in the order of {@link StepKind}; kinds never sent are left out
 * @param completed requests that got the page expected
 * @param failed requests that did not (each attempt counts: a failed request and its retry are two)
 * @param p50Millis median latency of completed requests
 * @param p99Millis 99th percentile latency of completed requests
 * @param retries every retry, in the order they were made
 * @param lostSignIns every time a signed-in user was sent to the sign-in page
 * @param rolesLost every time a signed-in user was refused (HTTP 403) a page they may see, on the
 *     request, on its retry and then on the home page: the session kept its sign-in but lost its
 *     roles, and the user had
 *     to start again with a new browser session (Payara issues 6145, under load, and 6342, a
 *     session moved to another cluster member)
 * @param viewExpired posts answered with the "page had expired" page
 * @param reposts forms posted again after an expired page (the page opened again first)
 * @param failureCauses why requests failed, with how often
 * @param failures the failed requests one by one (the first {@value Recorder#MAX_FAILURES})
 * @param ledger the booking ledger
 * @param generatorErrors pages this generator could not read as it expected (its own failing, or a
 *     page that changed; the first hundred): a run with any is not to be trusted
 */
public record LoadResult(
    Instant startedAt,
    Duration elapsed,
    int virtualUsers,
    List<Second> timeline,
    List<KindFigures> byKind,
    long completed,
    long failed,
    double p50Millis,
    double p99Millis,
    List<Retry> retries,
    List<LostSignIn> lostSignIns,
    List<LostSignIn> rolesLost,
    int viewExpired,
    int reposts,
    Map<String, Integer> failureCauses,
    List<Failure> failures,
    List<LedgerEntry> ledger,
    List<String> generatorErrors) {

  /**
   * One second of the run.
   *
   * @param second seconds since the start (requests are counted in the second they ended)
   */
  public record Second(int second, int completed, int failed, Map<StepKind, Integer> completedByKind,
      Map<StepKind, Integer> failedByKind) {}

  /** The figures of one step kind. */
  public record KindFigures(StepKind kind, long completed, long failed, double p50Millis, double p99Millis,
      int retries, int retriesSucceeded) {}

  /**
   * A failed request tried again once, after a short pause, without signing in again.
   *
   * @param second when the first attempt failed, in seconds since the start
   * @param cause why the first attempt failed
   * @param succeeded whether the retry got the page expected
   */
  public record Retry(double second, String user, StepKind kind, String cause, boolean succeeded) {}

  /**
   * One failed request.
   *
   * @param second when it failed, in seconds since the start
   * @param address the address asked for (or the form's action)
   */
  public record Failure(double second, String user, StepKind kind, String address, String cause) {}

  /**
   * A signed-in user sent to the sign-in page (a redirect to it, or its form drawn instead of the
   * page asked for): the session was lost.
   */
  public record LostSignIn(double second, String user, StepKind kind, String address) {}

  public long requests() {
    return completed + failed;
  }

  public double seconds() {
    return elapsed.toNanos() / 1e9;
  }

  /** Requests (completed and failed) per second of the run. */
  public double requestsPerSecond() {
    return seconds() == 0 ? 0 : requests() / seconds();
  }

  /** Failed requests as a share of all requests (0 to 1). */
  public double errorRate() {
    return requests() == 0 ? 0 : failed / (double) requests();
  }

  public long retriesSucceeded() {
    return retries.stream().filter(Retry::succeeded).count();
  }

  /** Requests refused with HTTP 403 although the user was signed in (each attempt counts). */
  public int forbidden() {
    return failureCauses.entrySet().stream().filter(e -> e.getKey().contains("HTTP 403")).mapToInt(Map.Entry::getValue).sum();
  }

  /** Bookings the portal reported as made (see {@link LedgerEntry#bookingMade()}). */
  public long bookingsMade() {
    return ledger.stream().filter(LedgerEntry::bookingMade).count();
  }

  public long cancellationsMade() {
    return ledger.stream().filter(LedgerEntry::cancellationMade).count();
  }

  /** Ledger lines with this action and outcome. */
  public long ledgerCount(LedgerEntry.Action action, Outcome outcome) {
    return ledger.stream().filter(e -> e.action() == action && e.outcome() == outcome).count();
  }

  /** The seconds in which at least one request failed. */
  public List<Second> failedSeconds() {
    return timeline.stream().filter(s -> s.failed() > 0).toList();
  }

  /** Prints the figures: rates, error rate, per step kind, retries, the failures' timeline, the ledger's counts. */
  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "Portal load: %d virtual users for %.1f s from %s%n", virtualUsers, seconds(), startedAt);
    out.printf(Locale.ROOT, "  requests %,d (%.1f/s): completed %,d, failed %,d (%.2f %%)%n", requests(),
        requestsPerSecond(), completed, failed, 100 * errorRate());
    out.printf(Locale.ROOT, "  latency of completed requests: p50 %.1f ms, p99 %.1f ms%n", p50Millis, p99Millis);
    out.printf(Locale.ROOT, "  %-40s %9s %7s %7s %9s %9s %8s%n", "step", "completed", "failed", "per s", "p50 ms",
        "p99 ms", "retries");
    for (KindFigures k : byKind) {
      out.printf(Locale.ROOT, "  %-40s %,9d %,7d %7.2f %9.1f %9.1f %4d/%-3d%n", k.kind().request(), k.completed(),
          k.failed(), seconds() == 0 ? 0 : (k.completed() + k.failed()) / seconds(), k.p50Millis(), k.p99Millis(),
          k.retriesSucceeded(), k.retries());
    }
    out.printf(Locale.ROOT, "  retries %d, succeeded %d; lost sign-ins %d; refused (403) while signed in %d, twice in a row %d;"
        + " expired pages %d, posted again %d%n", retries.size(), retriesSucceeded(), lostSignIns.size(), forbidden(),
        rolesLost.size(), viewExpired, reposts);
    out.printf(Locale.ROOT,
        "  booking ledger: %d lines; bookings made %d (confirmed %d, waitlisted %d, awaiting approval %d, "
            + "already booked on a retry %d), refused %d, unknown %d, read back %d; cancellations made %d, refused %d, unknown %d%n",
        ledger.size(), bookingsMade(), ledgerCount(LedgerEntry.Action.BOOK, Outcome.CONFIRMED),
        ledgerCount(LedgerEntry.Action.BOOK, Outcome.WAITLISTED), ledgerCount(LedgerEntry.Action.BOOK, Outcome.AWAITING_APPROVAL),
        ledger.stream().filter(e -> e.action() == LedgerEntry.Action.BOOK && e.outcome() == Outcome.ALREADY_BOOKED && e.retried()).count(),
        ledgerCount(LedgerEntry.Action.BOOK, Outcome.REFUSED), ledgerCount(LedgerEntry.Action.BOOK, Outcome.UNKNOWN),
        ledger.stream().filter(e -> e.action() == LedgerEntry.Action.READ_BACK).count(), cancellationsMade(),
        ledgerCount(LedgerEntry.Action.CANCEL, Outcome.REFUSED), ledgerCount(LedgerEntry.Action.CANCEL, Outcome.UNKNOWN));
    if (!failureCauses.isEmpty()) {
      out.println("  why requests failed:");
      failureCauses.forEach((cause, count) -> out.printf(Locale.ROOT, "    %5d  %s%n", count, cause));
    }
    List<Second> failing = failedSeconds();
    if (!failing.isEmpty()) {
      out.println("  seconds with failures (second: failed/all, by step):");
      for (Second s : failing) {
        out.printf(Locale.ROOT, "    %4d: %d/%d  %s%n", s.second(), s.failed(), s.failed() + s.completed(),
            s.failedByKind().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
      }
    }
    if (!failures.isEmpty()) {
      out.println("  failed requests (the first 20):");
      failures.stream().limit(20).forEach(f -> out.printf(Locale.ROOT, "    %6.1f s  %-14s %-14s %s  %s%n", f.second(), f.user(),
          f.kind(), f.address(), f.cause()));
    }
    for (String error : generatorErrors) {
      out.println("  LOAD GENERATOR ERROR " + error);
    }
    for (LostSignIn lost : lostSignIns) {
      out.printf(Locale.ROOT, "  lost sign-in at %.1f s: %s, %s (%s)%n", lost.second(), lost.user(), lost.kind(), lost.address());
    }
    for (LostSignIn lost : rolesLost) {
      out.printf(Locale.ROOT, "  roles lost at %.1f s: %s, %s (%s)%n", lost.second(), lost.user(), lost.kind(), lost.address());
    }
  }

  /** The timeline as CSV (second, completed, failed, then failed per step kind), for a chart. */
  public void printTimeline(PrintStream out) {
    out.println("second,completed,failed," + java.util.Arrays.stream(StepKind.values())
        .map(k -> "failed_" + k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
    for (Second s : timeline) {
      out.println(s.second() + "," + s.completed() + "," + s.failed() + "," + java.util.Arrays.stream(StepKind.values())
          .map(k -> String.valueOf(s.failedByKind().getOrDefault(k, 0))).collect(Collectors.joining(",")));
    }
  }
}
