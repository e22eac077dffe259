package city.academy.passport.staffpassport.api;

import city.academy.passport.api.AccessLogEntryDto;
import city.academy.passport.api.PassportDto;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingRecordDto;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.staffpassport.domain.PassportLook;

/** Passports, records and log entries to the wire. */
final class PassportMapper {
  private PassportMapper() {}

  static PassportDto toDto(PassportService.View view, TrainingFramework framework) {
    Passport passport = view.passport();
    return new PassportDto(
        view.person().passportId(),
        view.person().displayName(),
        passport.asOf(),
        passport.expiringWindowDays(),
        view.frameworkVersion(),
        passport.isCompliant(),
        passport.standings().stream().map(s -> toDto(s, framework)).toList(),
        passport.cpd().stream().map(PassportMapper::toDto).toList());
  }

  static PassportDto.RequirementDto toDto(Passport.Standing standing, TrainingFramework framework) {
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

  static TrainingRecordDto toDto(TrainingRecord r) {
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
        r.supersedes() == null ? null : r.supersedes().id(),
        r.reason());
  }

  static AccessLogEntryDto toDto(PassportLook look) {
    return new AccessLogEntryDto(look.viewedAt(), look.viewerName(), look.viewerRole(), look.organisationCode(), look.purpose());
  }
}
