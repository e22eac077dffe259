package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.CellDto;
import city.academy.catalogue.api.CountDto;
import city.academy.catalogue.api.EqualityRowDto;
import city.academy.catalogue.api.EqualityTableDto;
import city.academy.catalogue.api.SummaryRowDto;
import city.academy.catalogue.apprenticeship.domain.ApprenticeLine;
import city.academy.catalogue.apprenticeship.domain.OtjPace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The reports as CSV and as spreadsheets (.xlsx). A suppressed count is written {@code *}; the
 * per-apprentice rows never carry equality answers.
 */
final class ApprenticeshipExports {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String SUPPRESSED = "*";

  static final String[] APPRENTICE_HEADER = {"apprentice_id", "name", "employer", "status", "status_since", "start_date",
      "planned_end_date", "planned_otj_hours", "expected_otj_hours_to_date", "confirmed_otj_hours", "pending_otj_hours", "otj_pace",
      "last_review", "review_due_by", "review_overdue", "withdrawal_reason", "grade"};
  static final String[] SUMMARY_HEADER = {"level", "key", "name", "apprentices", "in_learning", "on_break", "withdrawn", "achieved",
      "failed", "planned_otj_hours", "expected_otj_hours_to_date", "confirmed_otj_hours", "on_track", "behind", "overdue_reviews",
      "achievement_rate", "withdrawal_rate"};
  static final String[] EQUALITY_HEADER = {"characteristic", "answer", "apprentices", "withdrawn", "achieved"};

  private ApprenticeshipExports() {}

  /** One row per apprentice. */
  static String apprenticesCsv(List<ApprenticeLine> lines, LocalDate asOf) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(APPRENTICE_HEADER).get())) {
      for (ApprenticeLine l : lines) {
        csv.printRecord(apprenticeRow(l, asOf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Summary rows with their level (COHORT, PROGRAMME, CITY). */
  static String summaryCsv(List<SummaryRowDto> cohorts, List<SummaryRowDto> programmes, SummaryRowDto city) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(SUMMARY_HEADER).get())) {
      for (SummaryRowDto s : cohorts) {
        csv.printRecord(summaryRow("COHORT", s));
      }
      for (SummaryRowDto s : programmes) {
        csv.printRecord(summaryRow("PROGRAMME", s));
      }
      csv.printRecord(summaryRow("CITY", city));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The cohort report: summary, employers, apprentices, funnel, withdrawals, grades, equality. */
  static byte[] cohortWorkbook(String title, SummaryRowDto summary, List<SummaryRowDto> employers, List<ApprenticeLine> lines,
      LocalDate asOf, List<CountDto> funnel, List<CountDto> withdrawals, List<CountDto> grades, List<EqualityTableDto> equality) {
    return workbook(wb -> {
      Worksheet s = wb.newWorksheet("Summary");
      s.value(0, 0, title);
      s.value(1, 0, "As of");
      s.value(1, 1, asOf.toString());
      rows(s, 3, SUMMARY_HEADER, List.of(summaryRow("COHORT", summary)));
      rows(wb.newWorksheet("Employers"), 0, SUMMARY_HEADER, employers.stream().map(e -> summaryRow("EMPLOYER", e)).toList());
      rows(wb.newWorksheet("Apprentices"), 0, APPRENTICE_HEADER, lines.stream().map(l -> apprenticeRow(l, asOf)).toList());
      counts(wb.newWorksheet("Status funnel"), "status", funnel);
      counts(wb.newWorksheet("Withdrawals"), "reason", withdrawals);
      counts(wb.newWorksheet("Grades"), "grade", grades);
      rows(wb.newWorksheet("Equality"), 0, EQUALITY_HEADER, equalityRows(equality));
    });
  }

  /** The city report: cohorts, programmes and city, funnel, withdrawals, equality. */
  static byte[] cityWorkbook(LocalDate asOf, List<SummaryRowDto> cohorts, List<SummaryRowDto> programmes, SummaryRowDto city,
      List<CountDto> funnel, List<CountDto> withdrawals, List<EqualityTableDto> equality) {
    return workbook(wb -> {
      List<List<Object>> summary = new ArrayList<>();
      cohorts.forEach(c -> summary.add(summaryRow("COHORT", c)));
      programmes.forEach(p -> summary.add(summaryRow("PROGRAMME", p)));
      summary.add(summaryRow("CITY", city));
      Worksheet s = wb.newWorksheet("Cohorts and programmes");
      rows(s, 0, SUMMARY_HEADER, summary);
      s.value(summary.size() + 2, 0, "As of");
      s.value(summary.size() + 2, 1, asOf.toString());
      counts(wb.newWorksheet("Status funnel"), "status", funnel);
      counts(wb.newWorksheet("Withdrawals"), "reason", withdrawals);
      rows(wb.newWorksheet("Equality"), 0, EQUALITY_HEADER, equalityRows(equality));
    });
  }

  private static List<Object> apprenticeRow(ApprenticeLine l, LocalDate asOf) {
    OtjPace pace = l.pace(asOf);
    List<Object> row = new ArrayList<>();
    row.add(l.id());
    row.add(l.personName());
    row.add(l.employerCode());
    row.add(l.status().name());
    row.add(l.statusSince().toString());
    row.add(l.startDate().toString());
    row.add(l.plannedEndDate().toString());
    row.add(l.plannedOtjHours());
    row.add(pace.expectedToDate());
    row.add(pace.confirmedHours());
    row.add(pace.pendingHours());
    row.add(pace.pace().name());
    row.add(l.lastReviewOn() == null ? "" : l.lastReviewOn().toString());
    row.add(l.reviewDueBy().toString());
    row.add(l.reviewOverdue(asOf) ? "yes" : "no");
    row.add(l.withdrawalReason() == null ? "" : l.withdrawalReason().name());
    row.add(l.grade() == null ? "" : l.grade().name());
    return row;
  }

  private static List<Object> summaryRow(String level, SummaryRowDto s) {
    return List.of(level, s.key(), s.label(), s.apprentices(), s.inLearning(), s.onBreak(), s.withdrawn(), s.achieved(), s.failed(),
        s.plannedOtjHours(), s.expectedOtjHours(), s.confirmedOtjHours(), s.onTrack(), s.behind(), s.overdueReviews(),
        rate(s.achievementRate()), rate(s.withdrawalRate()));
  }

  private static List<List<Object>> equalityRows(List<EqualityTableDto> tables) {
    List<List<Object>> rows = new ArrayList<>();
    for (EqualityTableDto t : tables) {
      for (EqualityRowDto r : t.rows()) {
        rows.add(List.of(t.characteristic(), r.code(), cell(r.apprentices()), cell(r.withdrawn()), cell(r.achieved())));
      }
    }
    return rows;
  }

  private static Object cell(CellDto c) {
    return c.suppressed() ? SUPPRESSED : c.value();
  }

  private static String rate(Double rate) {
    return rate == null ? "" : String.format(Locale.ROOT, "%.4f", rate);
  }

  private static void counts(Worksheet sheet, String what, List<CountDto> counts) {
    rows(sheet, 0, new String[] {what, "label", "apprentices"}, counts.stream().map(c -> List.<Object>of(c.code(), c.label(), c.count())).toList());
  }

  private static void rows(Worksheet sheet, int top, String[] header, List<List<Object>> rows) {
    for (int c = 0; c < header.length; c++) {
      sheet.value(top, c, header[c]);
      sheet.style(top, c).bold().set();
    }
    int r = top + 1;
    for (List<Object> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        if (v instanceof Number n) {
          sheet.value(r, c, n instanceof BigDecimal b ? b : (Number) n);
        } else if (v != null && !"".equals(v)) {
          sheet.value(r, c, v.toString());
        }
      }
      r++;
    }
  }

  private interface Sheets {
    void write(Workbook workbook) throws IOException;
  }

  private static byte[] workbook(Sheets sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "One Workforce Academy", "1.0");
      sheets.write(wb);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
