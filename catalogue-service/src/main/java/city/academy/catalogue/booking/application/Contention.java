package city.academy.catalogue.booking.application;

import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a transaction that locks a session, again if the database gave up waiting for the lock or
 * broke a deadlock; answers the database's own refusals (a second active booking, a counter
 * check) as conflicts, never as a server error. Call it outside the transaction.
 */
public final class Contention {
  private static final Logger LOG = Logger.getLogger(Contention.class.getName());
  static final int ATTEMPTS = 4;

  private Contention() {}

  public static <T> T retry(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (ProblemException e) {
        throw e;
      } catch (RuntimeException e) {
        String state = sqlState(e);
        if (isDuplicate(state)) {
          throw ProblemException.conflict("You already have a booking for this session.");
        }
        if (isCheckViolation(state)) {
          throw ProblemException.conflict("The places on this session changed while you asked; please try again.");
        }
        if (!isContention(e, state)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          LOG.warning(() -> "Gave up after " + ATTEMPTS + " attempts waiting for a session's lock: " + e);
          throw new ProblemException(
              ProblemType.UNAVAILABLE, "Very many people are booking this session at once; please try again in a moment.");
        }
        int done = attempt;
        LOG.fine(() -> "Lock contention, attempt " + done + ": " + e);
        sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
      }
    }
  }

  /** SQLSTATE of the first SQL exception in the chain, or null. */
  static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  static boolean isDuplicate(String state) {
    return "23505".equals(state);
  }

  /** PostgreSQL 23514, H2 23513. */
  static boolean isCheckViolation(String state) {
    return "23514".equals(state) || "23513".equals(state);
  }

  /** Lock wait timed out (H2 HYT00, PostgreSQL 55P03), deadlock or serialisation failure (40001, 40P01). */
  static boolean isContention(Throwable e, String state) {
    if (state != null) {
      return state.equals("HYT00") || state.equals("55P03") || state.equals("40001") || state.equals("40P01");
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof jakarta.persistence.PessimisticLockException || cause instanceof jakarta.persistence.LockTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(ProblemType.UNAVAILABLE, "The request was interrupted; please try again.");
    }
  }
}
