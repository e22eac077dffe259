package city.academy.passport.staffpassport.domain;

import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.records.domain.TrainingRecord;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person's record already gives a new post: for each of the post's requirements, whether a
 * portable record is valid on the start date, expires before it, or is missing.
 */
public final class TransferCheck {

  /** How one requirement of the new post stands. */
  public enum Outcome { MET, EXPIRES_BEFORE_START, MISSING }

  /** One requirement, its outcome and the record behind it. */
  public record Item(Requirement requirement, Outcome outcome, TrainingRecord record, double typicalHours) {}

  private final LocalDate checkedOn;
  private final LocalDate startDate;
  private final List<Item> items;

  private TransferCheck(LocalDate checkedOn, LocalDate startDate, List<Item> items) {
    this.checkedOn = checkedOn;
    this.startDate = startDate;
    this.items = items;
  }

  public static TransferCheck assess(
      TrainingFramework framework, List<Requirement> requirements, List<TrainingRecord> history, LocalDate today, LocalDate startDate) {
    if (startDate.isBefore(today)) {
      throw new IllegalArgumentException("The start date (" + startDate + ") has passed; give the day the new post starts.");
    }
    Passport<TrainingRecord> now = Passport.assess(framework, requirements, history, today, 0);
    List<Item> items = now.standings().stream().map(standing -> {
      double hours = framework.level(standing.requirement().subject(), standing.requirement().level())
          .map(l -> l.typicalHours()).orElse(0.0);
      if (!standing.isMet()) {
        return new Item(standing.requirement(), Outcome.MISSING, standing.best(), hours);
      }
      TrainingRecord best = standing.best();
      boolean lasts = best.expiresOn() == null || best.expiresOn().isAfter(startDate);
      return new Item(standing.requirement(), lasts ? Outcome.MET : Outcome.EXPIRES_BEFORE_START, best, hours);
    }).toList();
    return new TransferCheck(today, startDate, items);
  }

  public List<Item> items() {
    return items;
  }

  public LocalDate checkedOn() {
    return checkedOn;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public int metCount() {
    return (int) items.stream().filter(i -> i.outcome() == Outcome.MET).count();
  }

  public int toDoCount() {
    return items.size() - metCount();
  }

  /** Typical hours of the training already met: what the person need not repeat. */
  public double hoursAvoided() {
    return items.stream().filter(i -> i.outcome() == Outcome.MET).mapToDouble(Item::typicalHours).sum();
  }
}
