package city.academy.catalogue.booking.application;

import city.academy.platform.problem.ProblemException;
import java.util.function.Supplier;

/** Domain guards refuse with IllegalArgumentException (bad input, 400) or IllegalStateException (conflict, 409). */
final class Rules {
  private Rules() {}

  static <T> T rule(Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict(e.getMessage());
    }
  }

  static void rule(Runnable action) {
    rule(() -> {
      action.run();
      return null;
    });
  }
}
