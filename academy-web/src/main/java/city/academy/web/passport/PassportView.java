package city.academy.web.passport;

import city.academy.passport.api.PassportDto;
import city.academy.passport.api.PassportDto.RequirementDto;
import city.academy.passport.api.PassportDto.Status;
import city.academy.passport.api.TrainingRecordDto;
import city.academy.web.framework.RefresherPeriods;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A passport in words for the page: each requirement's traffic light and sentence, the summary
 * line, the status ring, and the record history with its corrections. A plain class: the passport
 * service decides every status, this only says it.
 */
public final class PassportView {

  private PassportView() {}

  /** "Up to date until 3 Mar 2027", "Expires 12 Jan 2027 — book a refresher", "Expired on 5 Oct 2026", "Not done". */
  public static String statusText(RequirementDto requirement) {
    return statusText(requirement.status(), requirement.validUntil(), requirement.expiredOn(), requirement.record());
  }

  /**
   * A status in words, from the service's dates.
   *
   * @param validUntil the last day the deciding record counts
   * @param expiredOn the day the deciding record stopped counting
   * @param record the deciding record, if any
   */
  public static String statusText(Status status, LocalDate validUntil, LocalDate expiredOn, TrainingRecordDto record) {
    if (status == null) {
      return "Not known";
    }
    return switch (status) {
      case COMPLIANT ->
          validUntil == null ? "Up to date (does not expire)" : "Up to date until " + DisplayDates.format(validUntil);
      case EXPIRING -> {
        LocalDate expires = validUntil != null ? validUntil.plusDays(1) : record == null ? null : record.expiresOn();
        yield (expires == null ? "Expires soon" : "Expires " + DisplayDates.format(expires)) + " — book a refresher";
      }
      case EXPIRED -> {
        LocalDate expired = expiredOn != null ? expiredOn : record == null ? null : record.expiresOn();
        yield expired == null ? "Expired" : "Expired on " + DisplayDates.format(expired);
      }
      case MISSING -> "Not done";
    };
  }

  /** A status in words that reads after a number: "2 expired", "1 not done". */
  public static String statusWords(Status status) {
    return switch (status) {
      case COMPLIANT -> "up to date";
      case EXPIRING -> "expiring soon";
      case EXPIRED -> "expired";
      case MISSING -> "not done";
    };
  }

  /** How the records came in, in words. */
  public static String sourceWords(String source) {
    if (source == null || source.isBlank()) {
      return "";
    }
    return switch (source) {
      case "CATALOGUE" -> "Academy course";
      case "IMPORT" -> "Imported from an employer's learning system";
      case "MANUAL" -> "Entered by hand, with evidence";
      case "STATEMENT" -> "E-learning record";
      default -> Words.humanise(source);
    };
  }

  /** The requirements as rows, in the service's order. */
  public static List<RequirementRow> rows(PassportDto passport, Names names) {
    if (passport == null || passport.requirements() == null) {
      return List.of();
    }
    List<RequirementRow> rows = new ArrayList<>();
    for (RequirementDto requirement : passport.requirements()) {
      TrafficLight light = TrafficLight.of(requirement.status());
      TrainingRecordDto record = requirement.record();
      String subjectName =
          present(requirement.subjectName()) ? requirement.subjectName() : names.subject(requirement.subject());
      String levelName =
          present(requirement.levelName())
              ? requirement.levelName()
              : names.level(requirement.subject(), requirement.level());
      rows.add(
          new RequirementRow(
              requirement.subject(),
              subjectName,
              levelName,
              requirement.status(),
              light,
              statusText(requirement),
              record == null ? null : record.completedOn(),
              record == null ? "" : names.organisation(record.attestedBy()),
              record == null ? "" : sourceWords(record.source()),
              light.needsAttention() && requirement.typicalHours() > 0
                  ? "Takes about " + RefresherPeriods.hours(requirement.typicalHours())
                  : "",
              localNotes(passport, requirement.subject(), names)));
    }
    return rows;
  }

  /** Employers' stricter refresher periods for a subject, each with how it stands under them. */
  static List<LocalNote> localNotes(PassportDto passport, String subject, Names names) {
    if (passport.localRefreshers() == null || subject == null) {
      return List.of();
    }
    return passport.localRefreshers().stream()
        .filter(l -> subject.equals(l.subject()))
        .map(
            l ->
                new LocalNote(
                    names.organisation(l.organisationCode()),
                    every(l.refresherMonths()),
                    TrafficLight.of(l.status()),
                    statusText(l.status(), l.validUntil(), l.expiredOn(), null)))
        .toList();
  }

  /** "every year", "every 6 months", "every 2 years". */
  static String every(int months) {
    return switch (months) {
      case 1 -> "every month";
      case 12 -> "every year";
      default -> "every " + RefresherPeriods.describe(months);
    };
  }

  /** The employers' own requirements (local induction, say), in the service's order. */
  public static List<LocalRequirementRow> localRows(PassportDto passport, Names names) {
    if (passport == null || passport.localRequirements() == null) {
      return List.of();
    }
    return passport.localRequirements().stream()
        .map(
            l ->
                new LocalRequirementRow(
                    l.code(),
                    present(l.title()) ? l.title() : Words.humanise(l.code()),
                    names.organisation(l.organisationCode()),
                    TrafficLight.of(l.status()),
                    statusText(l.status(), l.validUntil(), l.expiredOn(), l.record()),
                    l.record() == null ? null : l.record().completedOn(),
                    l.record() == null ? "" : sourceWords(l.record().source())))
        .toList();
  }

  /**
   * What the summary says about the employers' own rules (their own requirements and stricter
   * refresher periods), which the passport's overall compliance leaves out: "Your employer's own
   * rules: 2 need attention." Empty when none does.
   */
  public static String localDetail(PassportDto passport) {
    if (passport == null) {
      return "";
    }
    long local =
        (passport.localRequirements() == null ? 0
            : passport.localRequirements().stream().filter(l -> TrafficLight.of(l.status()).needsAttention()).count())
        + (passport.localRefreshers() == null ? 0
            : passport.localRefreshers().stream().filter(l -> TrafficLight.of(l.status()).needsAttention()).count());
    if (local == 0) {
      return "";
    }
    return "Your employer's own rules: " + local + (local == 1 ? " needs" : " need") + " attention (see below).";
  }

  /** How many requirements need attention (amber or red). */
  public static int needingAttention(PassportDto passport) {
    if (passport == null || passport.requirements() == null) {
      return 0;
    }
    return (int)
        passport.requirements().stream()
            .filter(r -> TrafficLight.of(r.status()).needsAttention())
            .count();
  }

  /**
   * The summary line. On today: "You are up to date with your mandatory training." or "2 of 9
   * requirements need attention."; on another day the same in the future or past tense, with the
   * day.
   */
  public static String summary(PassportDto passport, LocalDate today) {
    int total = passport.requirements() == null ? 0 : passport.requirements().size();
    int attention = needingAttention(passport);
    LocalDate day = passport.asOf();
    int when = day == null ? 0 : day.compareTo(today);
    String on = day == null ? "" : "On " + DisplayDates.format(day);
    if (total == 0) {
      if (when == 0) {
        return "You have no mandatory training to do for your current posts.";
      }
      return on + (when > 0 ? " you will have" : " you had") + " no mandatory training to do.";
    }
    if (attention == 0) {
      if (when == 0) {
        return "You are up to date with your mandatory training.";
      }
      return on + (when > 0 ? " you will be" : " you were") + " up to date with your mandatory training.";
    }
    String count = attention + " of " + total + (total == 1 ? " requirement" : " requirements");
    if (when == 0) {
      return count + (attention == 1 ? " needs" : " need") + " attention.";
    }
    return on + ", " + count + (when > 0 ? " will need" : " needed") + " attention.";
  }

  /**
   * What the summary adds when something needs attention: the counts ("2 expired, 1 not done, 1
   * expiring soon."), and whether the person is compliant meanwhile.
   */
  public static String summaryDetail(PassportDto passport) {
    if (needingAttention(passport) == 0) {
      return "";
    }
    Map<Status, Integer> counts = counts(passport);
    List<String> parts = new ArrayList<>();
    for (Status status : List.of(Status.EXPIRED, Status.MISSING, Status.EXPIRING)) {
      int n = counts.getOrDefault(status, 0);
      if (n > 0) {
        parts.add(n + " " + statusWords(status));
      }
    }
    String text = capitalise(String.join(", ", parts)) + ".";
    if (passport.compliant()) {
      text += " You are still compliant: book a refresher before each one expires.";
    }
    return text;
  }

  /** "5 up to date, 1 expiring soon, 2 expired, 1 not done": every status there is, in order. */
  public static String breakdown(PassportDto passport) {
    List<String> parts = new ArrayList<>();
    counts(passport).forEach((status, n) -> parts.add(n + " " + statusWords(status)));
    return String.join(", ", parts);
  }

  private static Map<Status, Integer> counts(PassportDto passport) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    if (passport != null && passport.requirements() != null) {
      passport.requirements().stream()
          .filter(r -> r.status() != null)
          .forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    }
    return counts;
  }

  /**
   * The status ring: one arc per status there is, in status order, starting at the top. A thin gap
   * separates arcs when there is more than one.
   */
  public static List<StatusSlice> slices(PassportDto passport) {
    Map<Status, Integer> counts = counts(passport);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return List.of();
    }
    double gap = counts.size() > 1 ? 0.8 : 0.0;
    List<StatusSlice> slices = new ArrayList<>();
    double start = 0;
    for (Map.Entry<Status, Integer> entry : counts.entrySet()) {
      double share = 100.0 * entry.getValue() / total;
      double dash = Math.max(share - gap, 0.1);
      slices.add(
          new StatusSlice(
              entry.getKey(),
              TrafficLight.of(entry.getKey()),
              statusWords(entry.getKey()),
              entry.getValue(),
              number(dash),
              number(100 - dash),
              // SVG circles start at three o'clock; 25 moves the start to twelve.
              number(25 - start)));
      start += share;
    }
    return slices;
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * The history: every entry in the service's order (newest first), each saying what it does and,
   * when a later entry corrects or withdraws it, which one.
   */
  public static List<RecordRow> history(List<TrainingRecordDto> records, Names names) {
    if (records == null) {
      return List.of();
    }
    Map<Long, TrainingRecordDto> supersededBy = new HashMap<>();
    for (TrainingRecordDto record : records) {
      if (record.supersedes() != null) {
        supersededBy.putIfAbsent(record.supersedes(), record);
      }
    }
    return records.stream().map(r -> row(r, supersededBy.get(r.id()), names)).toList();
  }

  /** Other training (CPD), as rows. */
  public static List<RecordRow> other(List<TrainingRecordDto> records, Names names) {
    if (records == null) {
      return List.of();
    }
    return records.stream().map(r -> row(r, null, names)).toList();
  }

  static RecordRow row(TrainingRecordDto record, TrainingRecordDto later, Names names) {
    String training;
    String course = "";
    if (present(record.subject())) {
      training = names.subject(record.subject());
      if (present(record.level())) {
        training += ", " + names.level(record.subject(), record.level());
      }
      course = present(record.courseTitle()) ? record.courseTitle() : "";
    } else {
      training = present(record.courseTitle()) ? record.courseTitle() : "Training";
    }
    return new RecordRow(
        record.id(),
        training,
        course,
        record.completedOn(),
        record.expiresOn(),
        sourceWords(record.source()),
        names.organisation(record.attestedBy()),
        record.enteredBy() == null ? "" : record.enteredBy(),
        record.enteredAt(),
        change(record),
        record.reason() == null ? "" : record.reason(),
        later == null ? "" : supersededWords(later),
        record.evidenceReference() == null ? "" : record.evidenceReference());
  }

  /** "New record", "Correction of entry 12", "Withdrawal of entry 12". */
  static String change(TrainingRecordDto record) {
    String kind = record.kind() == null ? "ENTRY" : record.kind();
    String of = record.supersedes() == null ? "" : " of entry " + record.supersedes();
    return switch (kind) {
      case "ENTRY" -> "New record";
      case "CORRECTION" -> "Correction" + of;
      case "REVOCATION" -> "Withdrawal" + of;
      default -> Words.humanise(kind) + of;
    };
  }

  private static String supersededWords(TrainingRecordDto later) {
    return ("REVOCATION".equals(later.kind()) ? "Withdrawn by entry " : "Corrected by entry ") + later.id();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
