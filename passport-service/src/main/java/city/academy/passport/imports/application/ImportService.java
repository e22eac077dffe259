package city.academy.passport.imports.application;

import city.academy.passport.imports.domain.ImportFormat;
import city.academy.passport.imports.domain.ImportJob;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.passport.imports.infrastructure.ImportFileStore;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.problem.ProblemType;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports as people use them: upload a file for an organisation (its own HR admins, or academy
 * admins for any organisation or the whole city), follow its progress, read the report of rejected
 * rows, resume one that was interrupted. Only those who may import for the job's organisation see
 * the job.
 */
@ApplicationScoped
public class ImportService {

  @Inject ImportJobs jobs;
  @Inject ImportRunner runner;
  @Inject ImportFileStore files;

  /** A page of jobs and how many there are. */
  public record Jobs(List<ImportJob> items, long total) {}

  /**
   * Stores the upload and queues its import. Nothing is read yet: a file that is not CSV, or lacks
   * a column, is refused by the job before any row is imported, and the job says why.
   *
   * @param organisation whose staff the file is for; an academy admin may leave it out (any organisation)
   */
  public ImportJob upload(String format, String organisation, String fileName, InputStream body, Caller caller) {
    ImportFormat importFormat = format(format);
    String code = organisation == null || organisation.isBlank() ? null : organisation.strip().toUpperCase(Locale.ROOT);
    if (code == null && !caller.has(Role.ACADEMY_ADMIN) && caller.hrAdminOf().size() == 1) {
      code = caller.hrAdminOf().iterator().next(); // an HR admin of one organisation imports for it
    }
    if (!mayImport(caller, code)) {
      throw ProblemException.forbidden(code == null
          ? "Name the organisation whose staff the file is for (organisation=...); only academy admins import for the whole city."
          : "Only " + code + "'s HR admins (or academy admins) import records for its staff.");
    }
    if (body == null) {
      throw ProblemException.badRequest("Send the CSV file as the body of the request.");
    }
    ImportFileStore.Stored stored;
    try {
      stored = files.store(body, ImportFileStore.MAX_BYTES);
    } catch (ImportFileStore.TooLargeException e) {
      throw new ProblemException(ProblemType.TOO_LARGE, e.getMessage());
    }
    if (stored.size() == 0) {
      files.remove(stored.path().toString());
      throw ProblemException.badRequest("The file is empty.");
    }
    ImportJob job = jobs.add(new ImportJob(importFormat, code, fileName, stored.path().toString(), stored.size(), caller.username(),
        runner.id()));
    runner.submit(job.id());
    return job;
  }

  public ImportJob job(long id, Caller caller) {
    return jobs.find(id).filter(j -> mayImport(caller, j.organisationCode()))
        .orElseThrow(() -> ProblemException.notFound("There is no import " + id + " you may see."));
  }

  /** The caller's organisations' imports (every import for academy admins), newest first. */
  public Jobs list(String organisation, Paging paging, Caller caller) {
    Set<String> scope;
    if (organisation != null && !organisation.isBlank()) {
      String code = organisation.strip().toUpperCase(Locale.ROOT);
      if (!mayImport(caller, code)) {
        throw ProblemException.forbidden("Only " + code + "'s HR admins (or academy admins) see its imports.");
      }
      scope = Set.of(code);
    } else {
      scope = caller.has(Role.ACADEMY_ADMIN) ? null : caller.has(Role.HR_ADMIN) ? caller.hrAdminOf() : Set.of();
    }
    if (scope != null && scope.isEmpty()) {
      return new Jobs(List.of(), 0);
    }
    return new Jobs(jobs.list(scope, paging.offset(), paging.size()), jobs.count(scope));
  }

  /** Rejected rows of the job after a line, in line order. */
  public List<RowProblem> rejections(long id, long afterLine, int size, Caller caller) {
    return rejections(job(id, caller), afterLine, size);
  }

  /** Rejected rows of a job the caller was already allowed to see ({@link #job}), after a line. */
  public List<RowProblem> rejections(ImportJob job, long afterLine, int size) {
    return jobs.rejections(job.id(), afterLine, size);
  }

  /** Queues an interrupted import again, here: it goes on after its checkpoint. */
  public ImportJob resume(long id, Caller caller) {
    job(id, caller);
    ImportJob job = jobs.change(id, j -> ProblemException.refusing(() -> {
      j.resume(runner.id());
      return j;
    })).orElseThrow(() -> ProblemException.notFound("There is no import " + id + "."));
    runner.submit(job.id());
    return job;
  }

  static boolean mayImport(Caller caller, String organisationCode) {
    if (caller.has(Role.ACADEMY_ADMIN)) {
      return true;
    }
    return organisationCode != null && AccessPolicy.mayEmployFor(caller, organisationCode);
  }

  static ImportFormat format(String format) {
    if (format == null || format.isBlank()) {
      throw ProblemException.badRequest("format: say which kind of file this is: " + formats() + ".");
    }
    try {
      return ImportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("format: \"" + format.strip() + "\" is not one of " + formats() + ".");
    }
  }

  private static String formats() {
    return Arrays.stream(ImportFormat.values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
