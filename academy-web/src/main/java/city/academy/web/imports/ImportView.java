package city.academy.web.imports;

import city.academy.passport.api.ImportJobDto;
import java.util.List;
import java.util.Locale;

/** How an import is put into words on the page: formats, statuses and counts. */
public final class ImportView {

  /**
   * A kind of file the passport service imports.
   *
   * @param code as the service names it
   * @param label its name
   * @param explanation one line: where such a file comes from and what names the training
   */
  public record Format(String code, String label, String explanation) {
    /** The radio button's label: the name, and the explanation under it (escaped; the form shows it unescaped). */
    public String labelHtml() {
      return "<span class=\"choice-label\">" + escape(label) + "</span> <span class=\"choice-hint\">" + escape(explanation)
          + "</span>";
    }
  }

  /** The formats, in the order the form offers them; labels as the service's ImportFormat says them. */
  public static final List<Format> FORMATS = List.of(
      new Format("NATIONAL_HR", "National HR system competence export",
          "The competence export of the national HR system (NHS trusts): competence names such as NHS|CSTF|Fire Safety - 2 Years|."),
      new Format("GENERIC", "Generic training records",
          "The academy's own format, for any other system: fill in the template below, one row per training completed."),
      new Format("SOCIAL_CARE", "Social care training export",
          "A social care provider's training export, with categories such as Fire safety."));

  /** Statuses of a job that is still going: the page follows it. */
  static final List<String> GOING = List.of("QUEUED", "RUNNING");

  private ImportView() {}

  /** Whether the job is waiting or reading rows, so its figures will still change. */
  public static boolean going(ImportJobDto job) {
    return job != null && GOING.contains(job.status());
  }

  /** A status in words: "Waiting to start", "Importing", "Completed", "Refused", "Interrupted". */
  public static String statusWords(String status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case "QUEUED" -> "Waiting to start";
      case "RUNNING" -> "Importing";
      case "COMPLETED" -> "Completed";
      case "REFUSED" -> "Refused: nothing imported";
      case "INTERRUPTED" -> "Interrupted";
      default -> status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
    };
  }

  /** The format's label for a code; the code itself for one the portal does not know. */
  public static String formatLabel(String code) {
    return FORMATS.stream().filter(f -> f.code().equals(code)).map(Format::label).findFirst().orElse(code == null ? "" : code);
  }

  /** "120 rows read: 100 imported, 12 already there, 8 rejected." */
  public static String counts(ImportJobDto job) {
    if (job == null) {
      return "";
    }
    return String.format(Locale.UK, "%s read: %,d imported, %,d already there, %,d rejected.",
        rows(job.rowsRead()), job.rowsImported(), job.rowsDuplicate(), job.rowsRejected());
  }

  /** What the progress bar says in words while the job runs, and once it has finished. */
  public static String progress(ImportJobDto job) {
    if (job == null) {
      return "";
    }
    return switch (job.status()) {
      case "QUEUED" -> "Waiting to start. This page follows the import: you need not reload it.";
      case "RUNNING" -> String.format(Locale.UK, "%s read so far. This page follows the import: you need not reload it.",
          rows(job.rowsRead()));
      case "COMPLETED" -> String.format(Locale.UK, "Finished: every row of the file was read (%s).", rows(job.rowsRead()));
      case "REFUSED" -> "Stopped: the file was refused, so nothing was imported.";
      case "INTERRUPTED" -> String.format(Locale.UK, "Stopped after line %,d. Resume it to go on from there.", job.checkpointLine());
      default -> statusWords(job.status());
    };
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** "1 row", "1,200 rows". */
  static String rows(long n) {
    return String.format(Locale.UK, "%,d %s", n, n == 1 ? "row" : "rows");
  }

  /** The file's size in words: "812 bytes", "12 KB", "3.4 MB". */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.UK, "%,d KB", Math.round(bytes / 1024.0));
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /**
   * The name a browser sent for an uploaded file, without any folder (older browsers send the whole
   * path) and cut to 200 characters; "upload.csv" when it sent none.
   */
  public static String fileName(String submitted) {
    if (submitted == null || submitted.isBlank()) {
      return "upload.csv";
    }
    String name = submitted.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).strip();
    if (name.isEmpty()) {
      return "upload.csv";
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
