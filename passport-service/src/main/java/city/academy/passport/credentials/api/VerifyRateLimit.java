package city.academy.passport.credentials.api;

import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the public verify endpoints from being flooded: at most
 * {@code academy.credentials.verify.per-minute} checks a minute from one address (default 30) and
 * {@code academy.credentials.verify.all-per-minute} from everyone (default 1,200); beyond, 429.
 * Behind a load balancer the address is the last one it adds to {@code X-Forwarded-For}, trusted
 * only from the addresses in {@code academy.trusted-proxies} (default the loopback ones).
 * Counts are per instance, in fixed one-minute windows.
 */
@ApplicationScoped
public class VerifyRateLimit {
  private final Map<String, long[]> perAddress = new ConcurrentHashMap<>();
  private final AtomicLong allWindow = new AtomicLong();
  private final AtomicLong allCount = new AtomicLong();

  @Inject
  @ConfigProperty(name = "academy.credentials.verify.per-minute", defaultValue = "30")
  int perMinute;

  @Inject
  @ConfigProperty(name = "academy.credentials.verify.all-per-minute", defaultValue = "1200")
  int allPerMinute;

  private Set<String> trusted = Set.of();

  @Inject
  void trustProxies(@ConfigProperty(name = "academy.trusted-proxies", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1,::1") String proxies) {
    trusted = Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  /** Counts a check from this request, refusing it with 429 past the limits. */
  public void admit(HttpServletRequest request) {
    long minute = System.currentTimeMillis() / 60_000;
    String address = clientAddress(request);
    long[] window = perAddress.compute(address, (k, w) -> w == null || w[0] != minute ? new long[] {minute, 1} : new long[] {minute, w[1] + 1});
    if (perAddress.size() > 10_000) {
      perAddress.values().removeIf(w -> w[0] != minute);
    }
    if (allWindow.getAndSet(minute) != minute) {
      allCount.set(0);
    }
    long all = allCount.incrementAndGet();
    if (window[1] > perMinute || all > allPerMinute) {
      throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
          "Too many checks in a minute from here; wait a minute and try again.");
    }
  }

  String clientAddress(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank() && trusted.contains(peer)) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return peer;
  }
}
