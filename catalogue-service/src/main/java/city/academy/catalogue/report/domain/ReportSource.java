package city.academy.catalogue.report.domain;

import java.util.List;

/** Where the reports read sessions from. */
public interface ReportSource {
  /** Sessions starting in the period, of one provider or (null) every provider. */
  List<SessionFigures> sessions(ReportPeriod period, String providerCode);

  /** Whether the organisation runs any course in the catalogue. */
  boolean runsCourses(String organisationCode);
}
