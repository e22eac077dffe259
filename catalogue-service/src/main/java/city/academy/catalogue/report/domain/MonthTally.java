package city.academy.catalogue.report.domain;

/** The figures of one provider (or the city) in one month, added up session by session. */
public final class MonthTally {
  private long sessions;
  private long cancelledSessions;
  private long offered;
  private long filled;
  private long byPartners;
  private long marked;
  private long didNotAttend;

  public void add(SessionFigures s) {
    sessions++;
    if (s.cancelled()) {
      cancelledSessions++;
      return;
    }
    offered += s.capacity();
    filled += s.confirmed();
    byPartners += s.partnerConfirmed();
    marked += s.attendanceMarked();
    didNotAttend += s.didNotAttend();
  }

  public void add(MonthTally other) {
    sessions += other.sessions;
    cancelledSessions += other.cancelledSessions;
    offered += other.offered;
    filled += other.filled;
    byPartners += other.byPartners;
    marked += other.marked;
    didNotAttend += other.didNotAttend;
  }

  public long sessions() {
    return sessions;
  }

  public long cancelledSessions() {
    return cancelledSessions;
  }

  public long placesOffered() {
    return offered;
  }

  public long placesFilled() {
    return filled;
  }

  public long placesUnfilled() {
    return offered - filled;
  }

  public long filledByOtherPartners() {
    return byPartners;
  }

  public long attendanceMarked() {
    return marked;
  }

  public long didNotAttend() {
    return didNotAttend;
  }

  /** Did not attend / marked, rounded to 4 places; null when no attendance is marked. */
  public Double didNotAttendRate() {
    return marked == 0 ? null : Math.round(10_000.0 * didNotAttend / marked) / 10_000.0;
  }
}
