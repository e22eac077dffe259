package city.academy.passport.localrules.domain;

import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.staffpassport.domain.Passport.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a person stands against their employers' own rules, beside the partnership's. */
public final class LocalStandings {
  private LocalStandings() {}

  /** A local requirement and the local record that decides it. */
  public record RequirementStanding(LocalRequirement requirement, Status status, TrainingRecord best) {
    public Optional<LocalDate> validUntil() {
      return best == null || best.expiresOn() == null || status == Status.EXPIRED ? Optional.empty() : Optional.of(best.expiresOn().minusDays(1));
    }

    public Optional<LocalDate> expiredOn() {
      return status == Status.EXPIRED ? Optional.of(best.expiresOn()) : Optional.empty();
    }
  }

  /** A framework requirement under an employer's stricter refresher period. */
  public record RefresherStanding(LocalRefresher refresher, Status status, LocalDate localExpiry) {
    public Optional<LocalDate> validUntil() {
      return status == Status.EXPIRED || localExpiry == null ? Optional.empty() : Optional.of(localExpiry.minusDays(1));
    }

    public Optional<LocalDate> expiredOn() {
      return status == Status.EXPIRED ? Optional.of(localExpiry) : Optional.empty();
    }
  }

  /**
   * @param history the person's whole history (what is not in force on {@code asOf} is left out here)
   */
  public static List<RequirementStanding> requirements(
      List<LocalRequirement> applicable, List<TrainingRecord> history, LocalDate asOf, int window) {
    List<TrainingRecord> inForce = Passport.inForce(history, asOf);
    List<RequirementStanding> standings = new ArrayList<>();
    for (LocalRequirement requirement : applicable) {
      TrainingRecord best = inForce.stream()
          .filter(r -> r.meetsLocal(requirement.organisation().code(), requirement.code()))
          .sorted(Passport.LASTING)
          .findFirst().orElse(null);
      standings.add(new RequirementStanding(requirement,
          Passport.statusOf(best == null ? null : best.expiresOn(), best != null, asOf, window), best));
    }
    return standings;
  }

  /** For each stricter local period that applies to one of the passport's requirements, the local status. */
  public static List<RefresherStanding> refreshers(
      List<LocalRefresher> refreshers, Passport<TrainingRecord> passport, LocalDate asOf, int window) {
    List<RefresherStanding> standings = new ArrayList<>();
    for (LocalRefresher refresher : refreshers) {
      for (Passport.Standing<TrainingRecord> standing : passport.standings()) {
        if (!standing.requirement().subject().equals(refresher.subjectCode())
            || !standing.requirement().level().equals(refresher.levelCode())) {
          continue;
        }
        TrainingRecord best = standing.best();
        LocalDate localExpiry = best == null ? null : refresher.expiryOf(best.completedOn());
        standings.add(new RefresherStanding(refresher, Passport.statusOf(localExpiry, best != null, asOf, window), localExpiry));
      }
    }
    return standings;
  }
}
