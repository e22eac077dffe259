package city.academy.passport.staffpassport.api;

import city.academy.passport.api.AccessLogEntryDto;
import city.academy.passport.api.LocalRuleDto;
import city.academy.passport.localrules.domain.LocalRefresher;
import city.academy.passport.localrules.domain.LocalRequirement;
import city.academy.passport.api.PassportDto;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.ShareCodeDto;
import city.academy.passport.api.TrainingRecordDto;
import city.academy.passport.api.TransferCheckDto;
import city.academy.passport.staffpassport.application.SharingService;
import city.academy.passport.staffpassport.domain.ShareCode;
import city.academy.passport.staffpassport.domain.TransferCheck;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.staffpassport.domain.PassportLook;

/** Passports, records and log entries to the wire. */
public final class PassportMapper {
  private PassportMapper() {}

  static PassportDto toDto(PassportService.View view, TrainingFramework framework) {
    Passport<TrainingRecord> passport = view.passport();
    return new PassportDto(
        view.person().passportId(),
        view.person().displayName(),
        passport.asOf(),
        passport.expiringWindowDays(),
        view.frameworkVersion(),
        passport.isCompliant(),
        passport.standings().stream().map(s -> toDto(s, framework)).toList(),
        passport.cpd().stream().map(PassportMapper::toDto).toList(),
        view.localRequirements().stream().map(l -> new PassportDto.LocalRequirementDto(
            l.requirement().organisation().code(), l.requirement().code(), l.requirement().title(),
            PassportDto.Status.valueOf(l.status().name()), l.validUntil().orElse(null), l.expiredOn().orElse(null),
            l.best() == null ? null : toDto(l.best()))).toList(),
        view.localRefreshers().stream().map(l -> new PassportDto.LocalRefresherDto(
            l.refresher().organisation().code(), l.refresher().subjectCode(), l.refresher().levelCode(), l.refresher().refresherMonths(),
            PassportDto.Status.valueOf(l.status().name()), l.validUntil().orElse(null), l.expiredOn().orElse(null))).toList());
  }

  static PassportDto.RequirementDto toDto(Passport.Standing<TrainingRecord> standing, TrainingFramework framework) {
    var requirement = standing.requirement();
    var subject = framework.subject(requirement.subject());
    var level = framework.level(requirement.subject(), requirement.level());
    return new PassportDto.RequirementDto(
        requirement.subject(),
        subject.map(TrainingFrameworkDto.SubjectDto::name).orElse(requirement.subject()),
        requirement.level(),
        level.map(TrainingFrameworkDto.LevelDto::name).orElse(requirement.level()),
        PassportDto.Status.valueOf(standing.status().name()),
        standing.validUntil().orElse(null),
        standing.expiredOn().orElse(null),
        level.map(TrainingFrameworkDto.LevelDto::typicalHours).orElse(0.0),
        standing.best() == null ? null : toDto(standing.best()),
        requirement.rules());
  }

  public static TrainingRecordDto toDto(TrainingRecord r) {
    return new TrainingRecordDto(
        r.id(),
        r.subjectCode(),
        r.levelCode(),
        r.courseTitle(),
        r.completedOn(),
        r.expiresOn(),
        r.source().name(),
        r.attestedBy() == null ? null : r.attestedBy().code(),
        r.enteredBy(),
        r.enteredAt(),
        r.kind().name(),
        r.supersededId(),
        r.reason(),
        r.evidenceReference());
  }

  static ShareCodeDto toDto(ShareCode code) {
    return new ShareCodeDto(code.id(), code.code(), code.hint(), code.issuedAt(), code.validUntil(),
        code.organisationCode(), code.statusOn(PassportService.today()).name());
  }

  static TransferCheckDto toDto(SharingService.CheckResult result, TrainingFramework framework) {
    TransferCheck check = result.check();
    return new TransferCheckDto(
        result.person().passportId(),
        result.person().displayName(),
        result.organisation().code(),
        result.request().staffGroup(),
        result.request().jobRole(),
        check.startDate(),
        check.checkedOn(),
        check.items().stream().map(item -> {
          var r = item.requirement();
          var level = framework.level(r.subject(), r.level());
          return new TransferCheckDto.Item(
              r.subject(),
              framework.subject(r.subject()).map(TrainingFrameworkDto.SubjectDto::name).orElse(r.subject()),
              r.level(),
              level.map(TrainingFrameworkDto.LevelDto::name).orElse(r.level()),
              TransferCheckDto.Outcome.valueOf(item.outcome().name()),
              item.outcome() == TransferCheck.Outcome.MISSING || item.record() == null || item.record().expiresOn() == null
                  ? null : item.record().expiresOn().minusDays(1),
              item.typicalHours(),
              item.record() == null || item.outcome() == TransferCheck.Outcome.MISSING ? null : toDto(item.record()));
        }).toList(),
        check.metCount(),
        check.toDoCount(),
        check.hoursAvoided(),
        result.localRequirements().stream().map(PassportMapper::toDto).toList());
  }

  public static LocalRuleDto toDto(LocalRequirement l) {
    return new LocalRuleDto(l.id(), l.organisation().code(), "REQUIREMENT", l.code(), l.title(), null, null, l.refresherMonths(), l.staffGroup());
  }

  public static LocalRuleDto toDto(LocalRefresher l) {
    return new LocalRuleDto(l.id(), l.organisation().code(), "REFRESHER", null, null, l.subjectCode(), l.levelCode(), l.refresherMonths(), null);
  }

  static AccessLogEntryDto toDto(PassportLook look) {
    return new AccessLogEntryDto(look.viewedAt(), look.viewerName(), look.viewerRole(), look.organisationCode(), look.purpose());
  }
}
