package city.academy.web.credentials;

import city.academy.passport.api.CredentialVerificationDto;
import city.academy.web.passport.TrafficLight;
import city.academy.web.platform.DisplayDates;
import java.util.List;
import java.util.regex.Pattern;

/** Signed passports and their checks in plain words: no page shows the service's codes. */
public final class CredentialWords {
  /** A credential's identifier: a UUID. */
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** What the page says when the service refuses a check for too many in a minute (429). */
  public static final String TOO_MANY_CHECKS = "Too many checks from here in the last minute; wait a minute and try again.";

  private CredentialWords() {}

  /** Whether the text can be a credential's identifier (so it may be put in a service's address). */
  public static boolean isId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /** A signed passport's status as listed: ACTIVE, EXPIRED, REVOKED. */
  public static String status(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case "ACTIVE" -> "Current";
      case "EXPIRED" -> "Expired";
      case "REVOKED" -> "Withdrawn";
      default -> status;
    };
  }

  /** The light of a listed status: green when current, amber expired, red withdrawn. */
  public static TrafficLight statusLight(String status) {
    return switch (status == null ? "" : status) {
      case "ACTIVE" -> TrafficLight.GREEN;
      case "EXPIRED" -> TrafficLight.AMBER;
      default -> TrafficLight.RED;
    };
  }

  /**
   * What a check found, as the verify page shows it.
   *
   * @param outcome the service's word (GENUINE, ...), for styles and tests
   * @param headline the answer in a few words ("Genuine and current")
   * @param light the light drawn with it: colour, shape and words together
   * @param explanation the service's explanation
   * @param asserted what the credential asserts; null when nothing can be trusted of it
   */
  public record Verdict(String outcome, String headline, TrafficLight light, String explanation, Asserted asserted) {
    public boolean genuine() {
      return "GENUINE".equals(outcome);
    }

    /** The style class of the panel ({@code verdict-genuine}). */
    public String cssClass() {
      return "verdict-" + (outcome == null ? "unknown" : outcome.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
  }

  /** What a credential asserts, dates written for people. */
  public record Asserted(String personName, String passportId, String issuerName, String issuerId, String validFrom,
      String validUntil, String framework, List<Requirement> requirements) {}

  /** One requirement met, as a row. */
  public record Requirement(String subjectName, String level, String completed, String expires, String attestedBy) {}

  /** The verify page's answer for what the service found. */
  public static Verdict verdict(CredentialVerificationDto found) {
    Asserted asserted = asserted(found.asserted());
    String outcome = found.outcome() == null ? "" : found.outcome();
    String headline = switch (outcome) {
      case "GENUINE" -> "Genuine and current";
      case "REVOKED" -> found.revokedAt() == null ? "Revoked: withdrawn, no longer to be relied on"
          : "Revoked on " + DisplayDates.format(found.revokedAt()) + ": no longer to be relied on";
      case "EXPIRED" -> asserted == null || asserted.validUntil().isEmpty() ? "Expired: genuine, but no longer current"
          : "Expired on " + asserted.validUntil() + ": genuine, but no longer current";
      case "TAMPERED" -> "Not genuine: it has been changed since it was signed";
      case "UNKNOWN_ISSUER" -> "Not genuine: not signed by One Workforce Academy";
      case "NOT_A_CREDENTIAL" -> "Not a signed passport";
      default -> "Could not be checked";
    };
    TrafficLight light = switch (outcome) {
      case "GENUINE" -> TrafficLight.GREEN;
      case "EXPIRED" -> TrafficLight.AMBER;
      default -> TrafficLight.RED;
    };
    return new Verdict(outcome, headline, light, found.explanation(), asserted);
  }

  static Asserted asserted(CredentialVerificationDto.Asserted a) {
    if (a == null) {
      return null;
    }
    List<Requirement> rows = a.requirementsMet() == null ? List.of() : a.requirementsMet().stream()
        .map(r -> new Requirement(r.subjectName() == null ? r.subject() : r.subjectName(), r.level() == null ? "" : r.level(),
            DisplayDates.format(r.completedOn()), r.expiresOn() == null ? "Does not expire" : DisplayDates.format(r.expiresOn()),
            r.attestedByName() == null ? (r.attestedById() == null ? "" : r.attestedById()) : r.attestedByName()))
        .toList();
    return new Asserted(nonNull(a.personName()), nonNull(a.passportId()), nonNull(a.issuerName()), nonNull(a.issuerId()),
        DisplayDates.format(a.validFrom()), DisplayDates.format(a.validUntil()), nonNull(a.framework()), rows);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
