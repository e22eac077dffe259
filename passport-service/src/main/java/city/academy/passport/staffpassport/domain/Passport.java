package city.academy.passport.staffpassport.domain;

import city.academy.passport.framework.domain.Requirement;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.records.domain.Evidence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's passport on a day: for each requirement, the best record that meets it and the
 * status that follows. Computed, never stored.
 */
public final class Passport<E extends Evidence> {

  /** How a requirement stands. */
  public enum Status { COMPLIANT, EXPIRING, EXPIRED, MISSING }

  /**
   * One requirement and how it stands.
   *
   * @param best the record that decides (the valid one lasting longest, else the expired one that
   *     lasted longest), or null when missing
   */
  public record Standing<E extends Evidence>(Requirement requirement, Status status, E best) {

    /** The last day the best record is valid; empty if not valid or it never expires. */
    public Optional<LocalDate> validUntil() {
      if (best == null || best.expiresOn() == null || status == Status.EXPIRED) {
        return Optional.empty();
      }
      return Optional.of(best.expiresOn().minusDays(1));
    }

    /** The day the best record expired, when expired. */
    public Optional<LocalDate> expiredOn() {
      return status == Status.EXPIRED ? Optional.of(best.expiresOn()) : Optional.empty();
    }

    public boolean isMet() {
      return status == Status.COMPLIANT || status == Status.EXPIRING;
    }
  }

  /** Longest-lasting first; a record that never expires lasts longest. */
  public static final Comparator<Evidence> LASTING =
      Comparator.comparing(Evidence::expiresOn, Comparator.nullsFirst(Comparator.reverseOrder()))
          .thenComparing(Evidence::completedOn, Comparator.reverseOrder());

  private final LocalDate asOf;
  private final int expiringWindowDays;
  private final List<Standing<E>> standings;
  private final List<E> cpd;

  private Passport(LocalDate asOf, int expiringWindowDays, List<Standing<E>> standings, List<E> cpd) {
    this.asOf = asOf;
    this.expiringWindowDays = expiringWindowDays;
    this.standings = standings;
    this.cpd = cpd;
  }

  /**
   * Assesses a person's requirements against their history as it stood on {@code asOf}.
   *
   * @param history every entry of the person's record, corrections and revocations included
   * @param expiringWindowDays a record expiring within this many days of {@code asOf} is EXPIRING
   */
  public static <E extends Evidence> Passport<E> assess(
      TrainingFramework framework,
      List<Requirement> requirements,
      List<E> history,
      LocalDate asOf,
      int expiringWindowDays) {
    if (expiringWindowDays < 0) {
      throw new IllegalArgumentException("The expiring window cannot be negative.");
    }
    List<E> current = inForce(history, asOf);
    List<Standing<E>> standings =
        requirements.stream().map(r -> stand(framework, r, current, asOf, expiringWindowDays)).toList();
    List<E> cpd = current.stream().filter(r -> r.subjectCode() == null && r.localCode() == null).toList();
    return new Passport<>(asOf, expiringWindowDays, standings, cpd);
  }

  /** Entries completed by the day that no later entry corrects or revokes. */
  public static <E extends Evidence> List<E> inForce(List<E> history, LocalDate asOf) {
    Set<Long> superseded = new HashSet<>();
    for (E entry : history) {
      if (entry.supersededId() != null) {
        superseded.add(entry.supersededId());
      }
    }
    return history.stream()
        .filter(r -> !r.isRevocation())
        .filter(r -> r.id() == null || !superseded.contains(r.id()))
        .filter(r -> !r.completedOn().isAfter(asOf))
        .toList();
  }

  private static <E extends Evidence> Standing<E> stand(
      TrainingFramework framework, Requirement requirement, List<E> records, LocalDate asOf, int window) {
    E best = null;
    for (E r : records) {
      if (r.isFrameworkEvidence() && r.subjectCode().equals(requirement.subject())
          && framework.satisfies(r.subjectCode(), r.levelCode(), requirement.level())
          && (best == null || LASTING.compare(r, best) < 0)) {
        best = r;
      }
    }
    return new Standing<>(requirement, statusOf(best == null ? null : best.expiresOn(), best != null, asOf, window), best);
  }

  /**
   * The status a record gives on a day: none is MISSING; from its expiry date on, EXPIRED; expiring
   * within the window, EXPIRING; else COMPLIANT. (Records completed after the day are not passed in.)
   *
   * @param expiresOn first day no longer valid, null if it never expires
   */
  public static Status statusOf(LocalDate expiresOn, boolean exists, LocalDate asOf, int window) {
    if (!exists) {
      return Status.MISSING;
    }
    if (expiresOn != null && !asOf.isBefore(expiresOn)) {
      return Status.EXPIRED;
    }
    return expiresOn != null && !expiresOn.isAfter(asOf.plusDays(window)) ? Status.EXPIRING : Status.COMPLIANT;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public int expiringWindowDays() {
    return expiringWindowDays;
  }

  public List<Standing<E>> standings() {
    return standings;
  }

  public List<E> cpd() {
    return cpd;
  }

  /** Every requirement met on the day (expiring ones still count as met). */
  public boolean isCompliant() {
    return standings.stream().allMatch(Standing::isMet);
  }
}
