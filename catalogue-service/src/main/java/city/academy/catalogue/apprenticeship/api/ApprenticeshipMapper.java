package city.academy.catalogue.apprenticeship.api;

import city.academy.catalogue.api.ApprenticeDto;
import city.academy.catalogue.api.CellDto;
import city.academy.catalogue.api.CodeLabelDto;
import city.academy.catalogue.api.CohortDto;
import city.academy.catalogue.api.CountDto;
import city.academy.catalogue.api.EqualityDto;
import city.academy.catalogue.api.EqualityRowDto;
import city.academy.catalogue.api.EqualityTableDto;
import city.academy.catalogue.api.OtjEntryDto;
import city.academy.catalogue.api.OtjLineDto;
import city.academy.catalogue.api.OtjProgressDto;
import city.academy.catalogue.api.OverdueReviewDto;
import city.academy.catalogue.api.ProgrammeDto;
import city.academy.catalogue.api.ReviewDto;
import city.academy.catalogue.api.StatusChangeDto;
import city.academy.catalogue.api.SummaryRowDto;
import city.academy.catalogue.apprenticeship.domain.Apprentice;
import city.academy.catalogue.apprenticeship.domain.ApprenticeLine;
import city.academy.catalogue.apprenticeship.domain.ApprenticeshipFigures.Cell;
import city.academy.catalogue.apprenticeship.domain.ApprenticeshipFigures.EqualityTable;
import city.academy.catalogue.apprenticeship.domain.ApprenticeshipFigures.Summary;
import city.academy.catalogue.apprenticeship.domain.Coded;
import city.academy.catalogue.apprenticeship.domain.Cohort;
import city.academy.catalogue.apprenticeship.domain.EqualityCharacteristic;
import city.academy.catalogue.apprenticeship.domain.EqualityDeclaration;
import city.academy.catalogue.apprenticeship.domain.OtjEntry;
import city.academy.catalogue.apprenticeship.domain.OtjPace;
import city.academy.catalogue.apprenticeship.domain.Programme;
import city.academy.catalogue.apprenticeship.domain.ProgressReview;
import city.academy.catalogue.apprenticeship.domain.StatusChange;
import city.academy.catalogue.booking.api.BookingMapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Domain objects to the records on the wire. */
final class ApprenticeshipMapper {

  private ApprenticeshipMapper() {}

  static ProgrammeDto programme(Programme p, long cohorts) {
    return new ProgrammeDto(p.id(), p.standardCode(), p.title(), p.level(), p.durationMonths(), p.minimumOtjHours(), cohorts);
  }

  static CohortDto cohort(Cohort c, long apprentices) {
    Programme p = c.programme();
    return new CohortDto(c.id(), c.name(), p.id(), p.standardCode(), p.title(), p.level(), c.providerCode(), c.startDate(),
        c.academyContact(), c.employerCodes().stream().sorted().toList(), apprentices);
  }

  static ApprenticeDto apprentice(Apprentice a, LocalDate asOf, boolean withHistory) {
    Cohort c = a.cohort();
    ApprenticeLine line = a.line();
    return new ApprenticeDto(a.id(), c.id(), c.name(), c.programme().standardCode(), c.programme().title(), a.personId(), a.personName(),
        a.employerCode(), a.lineManagerPersonId(), a.startDate(), a.plannedEndDate(), a.plannedOtjHours(), a.status().name(),
        a.status().label(), a.statusSince(), a.plannedReturn(), a.withdrawalReason() == null ? null : a.withdrawalReason().name(),
        a.grade() == null ? null : a.grade().name(), progress(line.pace(asOf)), a.lastReviewOn(), line.reviewDueBy(),
        line.reviewOverdue(asOf), withHistory ? a.history().stream().map(ApprenticeshipMapper::change).toList() : List.of());
  }

  static StatusChangeDto change(StatusChange s) {
    return new StatusChangeDto(s.status().name(), s.status().label(), s.effectiveOn(), s.reason() == null ? null : s.reason().name(),
        s.reason() == null ? null : s.reason().label(), s.plannedReturn(), s.grade() == null ? null : s.grade().name(), s.note(),
        s.recordedBy(), BookingMapper.moment(s.recordedAt()));
  }

  static OtjProgressDto progress(OtjPace p) {
    return new OtjProgressDto(p.plannedHours(), p.expectedToDate(), p.confirmedHours(), p.pendingHours(), p.pace().name());
  }

  static OtjEntryDto entry(OtjEntry e) {
    return new OtjEntryDto(e.id(), e.apprentice().id(), e.date(), e.hours(), e.activity().name(), e.activity().label(), e.note(),
        e.enteredBy(), BookingMapper.moment(e.enteredAt()), e.state().name(), e.decidedBy(), BookingMapper.moment(e.decidedAt()),
        e.decisionNote());
  }

  static ReviewDto review(ProgressReview r) {
    return new ReviewDto(r.id(), r.apprentice().id(), r.date(), r.attendees(), r.notes(), r.recordedBy(), BookingMapper.moment(r.recordedAt()));
  }

  static EqualityDto equality(EqualityDeclaration d) {
    if (d == null) {
      return new EqualityDto(null, null, null, null, null);
    }
    return new EqualityDto(d.answer(EqualityCharacteristic.ETHNICITY), d.answer(EqualityCharacteristic.SEX),
        d.answer(EqualityCharacteristic.DISABILITY), d.answer(EqualityCharacteristic.DEPRIVATION_DECILE),
        BookingMapper.moment(d.declaredAt()));
  }

  static SummaryRowDto summary(Summary s) {
    return new SummaryRowDto(s.key(), s.label(), s.apprentices(), s.inLearning(), s.onBreak(), s.withdrawn(), s.achieved(), s.failed(),
        s.plannedOtjHours(), s.expectedOtjHours(), s.confirmedOtjHours(), s.onTrack(), s.behind(), s.overdueReviews(), s.achievementRate(),
        s.withdrawalRate());
  }

  static <E extends Enum<E> & Coded> List<CountDto> counts(Map<E, Long> counts) {
    return counts.entrySet().stream().map(e -> new CountDto(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
  }

  static OtjLineDto otjLine(ApprenticeLine l, LocalDate asOf) {
    OtjPace p = l.pace(asOf);
    return new OtjLineDto(l.id(), l.personName(), l.employerCode(), l.plannedOtjHours(), p.expectedToDate(), p.confirmedHours(),
        p.pace().name());
  }

  static OverdueReviewDto overdue(ApprenticeLine l, LocalDate asOf) {
    return new OverdueReviewDto(l.id(), l.personName(), l.employerCode(), l.lastReviewOn(), l.reviewDueBy(),
        ChronoUnit.DAYS.between(l.reviewDueBy(), asOf));
  }

  static List<EqualityTableDto> equality(List<EqualityTable> tables) {
    return tables.stream().map(t -> new EqualityTableDto(t.characteristic().name(), t.characteristic().label(),
        t.rows().stream().map(r -> new EqualityRowDto(r.answer().code(), r.answer().label(), cell(r.apprentices()), cell(r.withdrawn()),
            cell(r.achieved()))).toList(), t.apprentices(), t.withdrawn(), t.achieved())).toList();
  }

  static CellDto cell(Cell c) {
    return c.suppressed() ? new CellDto(null, true) : new CellDto(c.value(), false);
  }

  static <E extends Enum<E> & Coded> List<CodeLabelDto> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> new CodeLabelDto(e.name(), e.label())).toList();
  }
}
