package city.academy.catalogue.completion.application;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.completion.domain.CompletionDelivery;
import city.academy.catalogue.completion.domain.CompletionHandOff;
import city.academy.catalogue.completion.domain.CompletionOutbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletionRelayTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  /** A clock the test moves. */
  static final class Hands extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The outbox in memory; ids by position. */
  static final class Outbox implements CompletionOutbox {
    final List<CompletionHandOff> rows = new ArrayList<>();

    @Override
    public CompletionHandOff add(CompletionHandOff handOff) {
      rows.add(handOff);
      return handOff;
    }

    @Override
    public List<CompletionHandOff> undelivered(int limit) {
      return rows.stream().filter(r -> r.deliveredAt() == null).limit(limit).toList();
    }

    @Override
    public Optional<CompletionHandOff> byIdempotencyKey(String key) {
      return rows.stream().filter(r -> r.idempotencyKey().equals(key)).findFirst();
    }

    @Override
    public List<CompletionHandOff> due(OffsetDateTime now, int limit) {
      return rows.stream().filter(r -> r.isDue(now)).limit(limit).toList();
    }

    @Override
    public Optional<CompletionHandOff> byId(long id) {
      return Optional.of(rows.get((int) id));
    }
  }

  /** A passport that is down until told otherwise, and counts what it receives. */
  static final class Passport implements CompletionDelivery {
    boolean up;
    final List<String> received = new ArrayList<>();

    @Override
    public Result deliver(CompletionHandOff handOff) {
      if (!up) {
        return Result.retry("The passport could not be reached: connection refused");
      }
      received.add(handOff.idempotencyKey());
      return Result.delivered();
    }
  }

  private static CompletionHandOff completion(long booking) {
    return new CompletionHandOff(booking, "OWA-7K3M9QX2", 7, "Fire Safety Awareness", "FIRE_SAFETY", "1",
        new BigDecimal("1.00"), LocalDate.parse("2026-11-22"), "NGH", OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
  }

  /** One round as the timer runs it; the fake outbox's ids are positions. */
  private static void round(CompletionRelay relay, Outbox outbox) {
    for (CompletionHandOff handOff : relay.due()) {
      relay.note(outbox.rows.indexOf(handOff), relay.deliver(handOff));
    }
  }

  @Test
  void whileThePassportIsDownCompletionsWaitWithGrowingPausesAndArriveOnceItIsBack() {
    Hands clock = new Hands();
    Outbox outbox = new Outbox();
    Passport passport = new Passport();
    CompletionRelay relay = new CompletionRelay(outbox, passport, clock);
    outbox.add(completion(1));
    outbox.add(completion(2));

    round(relay, outbox);
    CompletionHandOff first = outbox.rows.get(0);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.lastError()).contains("connection refused");
    assertThat(first.nextAttemptAt().toInstant()).isEqualTo(T0.plusSeconds(5));

    round(relay, outbox); // still pausing: nothing tried
    assertThat(first.attempts()).isEqualTo(1);

    clock.now = T0.plusSeconds(5);
    round(relay, outbox);
    assertThat(first.attempts()).isEqualTo(2);
    assertThat(first.nextAttemptAt().toInstant()).isEqualTo(T0.plusSeconds(15)); // then 10 s

    for (int i = 0; i < 20; i++) { // a long outage: the pause stops growing at ten minutes
      clock.now = first.nextAttemptAt().toInstant();
      round(relay, outbox);
    }
    assertThat(Duration.between(clock.now, first.nextAttemptAt().toInstant())).isEqualTo(CompletionHandOff.LONGEST_PAUSE);
    assertThat(first.deliveredAt()).isNull();

    passport.up = true;
    clock.now = first.nextAttemptAt().toInstant();
    round(relay, outbox);
    assertThat(outbox.rows).allSatisfy(r -> assertThat(r.deliveredAt()).isNotNull());
    assertThat(passport.received).containsExactly(
        CompletionHandOff.keyFor(1), CompletionHandOff.keyFor(2));

    clock.now = clock.now.plusSeconds(3600);
    round(relay, outbox);
    assertThat(passport.received).as("delivered once").hasSize(2);
  }

  @Test
  void aDeliveryThatThrowsIsTriedAgainLater() {
    Hands clock = new Hands();
    Outbox outbox = new Outbox();
    CompletionRelay relay = new CompletionRelay(outbox, handOff -> {
      throw new IllegalStateException("Tokens cannot be signed");
    }, clock);
    outbox.add(completion(3));
    round(relay, outbox);
    assertThat(outbox.rows.get(0).lastError()).contains("Tokens cannot be signed");
    assertThat(outbox.rows.get(0).deliveredAt()).isNull();
  }
}
