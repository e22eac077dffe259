package city.academy.web.imports;

import city.academy.passport.api.ImportClient;
import city.academy.passport.api.ImportJobDto;
import city.academy.passport.api.ImportRejectionDto;
import city.academy.web.organisation.OrganisationNames;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import city.academy.web.security.PortalRole;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Importing training records ({@code /organisation/imports.xhtml}): the upload form and the history
 * of imports, or one import ({@code ?job=12}) followed while it runs, with its rejected rows. The
 * passport service decides who may import for which organisation and what is wrong with a file;
 * its words are shown as it says them.
 */
@Named
@RequestScoped
public class ImportsBacking {
  private static final Logger LOG = Logger.getLogger(ImportsBacking.class.getName());
  private static final String SERVICE = "The passport service";
  static final int PAGE_SIZE = 20;
  static final int REJECTIONS_SHOWN = 100;

  @Inject @RestClient ImportClient imports;
  @Inject ImportUploads uploads;
  @Inject CurrentUser currentUser;
  @Inject OrganisationNames organisationNames;

  /** A choice in a select. */
  public record Choice(String value, String label) {}

  private Long jobId;
  private ImportJobDto job;
  private List<ImportRejectionDto> rejections = List.of();
  private List<ImportJobDto> history = List.of();
  private boolean historyLoaded;
  private Paging paging = Paging.none();
  private String page;

  // The upload form
  private String format;
  private String organisation;
  private Part file;

  /**
   * Reads the import from the address on a GET and from the form's hidden field on a POST (resume,
   * and the poll that follows a running import), before anything else.
   */
  @PostConstruct
  void load() {
    jobId = RequestParams.id("job");
    if (jobId != null) {
      loadJob();
      return;
    }
    int pageNumber = Paging.pageNumber(RequestParams.get("page"));
    ServiceCalls.call(SERVICE, () -> imports.list(null, pageNumber, PAGE_SIZE)).ifPresent(found -> {
      history = found.items() == null ? List.of() : found.items();
      paging = new Paging(found.page(), found.size(), found.total());
      historyLoaded = true;
    });
  }

  private void loadJob() {
    job = ServiceCalls.call(SERVICE, () -> imports.job(jobId)).orElse(null);
    if (job != null && job.rowsRejected() > 0) {
      rejections = ServiceCalls.call(SERVICE, () -> imports.rejections(jobId, 0, REJECTIONS_SHOWN)).orElse(List.of());
    }
  }

  /** Sends the chosen file on to the service as it is read, then shows the new import. */
  public String upload() {
    if (format == null || ImportView.FORMATS.stream().noneMatch(f -> f.code().equals(format))) {
      ServiceCalls.error("Choose the kind of file you are importing.");
      return null;
    }
    if (file == null || file.getSize() == 0) {
      ServiceCalls.error(file == null ? "Choose the CSV file to import." : "The file you chose is empty.");
      return null;
    }
    String code = organisation == null || organisation.isBlank() ? ownOrganisation() : organisation.strip();
    String name = ImportView.fileName(file.getSubmittedFileName());
    Optional<ImportJobDto> queued;
    try (InputStream in = file.getInputStream()) {
      queued = ServiceCalls.call(SERVICE, () -> uploads.upload(format, code, name, in));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Upload {0} could not be read: {1}", new Object[] {name, String.valueOf(e)});
      ServiceCalls.error("Your file could not be read from the upload; please choose it again and import it.");
      return null;
    } finally {
      deleteQuietly(file);
    }
    return queued.map(j -> "/organisation/imports.xhtml?faces-redirect=true&job=" + j.id()).orElse(null);
  }

  /** Queues an interrupted import again, then follows it. */
  public String resume() {
    if (jobId == null) {
      return null;
    }
    long id = jobId;
    return ServiceCalls.call(SERVICE, () -> imports.resume(id))
        .map(j -> "/organisation/imports.xhtml?faces-redirect=true&job=" + j.id())
        .orElse(null);
  }

  /** Nothing to do: the import was read again when the poll's request began. */
  public void refresh() {}

  private static void deleteQuietly(Part part) {
    try {
      part.delete();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Temporary upload not deleted: {0}", String.valueOf(e));
    }
  }

  private boolean isAcademyAdmin() {
    return currentUser.hasRole(PortalRole.ACADEMY_ADMIN);
  }

  private List<String> hrAdminOf() {
    return currentUser.getUser() == null ? List.of() : currentUser.getUser().hrAdminOf();
  }

  /** The organisation of an HR admin of exactly one (the service assumes it too); null otherwise. */
  private String ownOrganisation() {
    List<String> mine = hrAdminOf();
    return !isAcademyAdmin() && mine.size() == 1 ? mine.get(0) : null;
  }

  /** Whether the form asks whose staff the file is for: academy admins, and HR admins of several organisations. */
  public boolean isChoosingOrganisation() {
    return isAcademyAdmin() || hrAdminOf().size() > 1;
  }

  /** Academy admins: the whole city or any partner; HR admins: their own organisations. */
  public List<Choice> getOrganisationChoices() {
    List<Choice> choices = new ArrayList<>();
    if (isAcademyAdmin()) {
      choices.add(new Choice("", "The whole city (each row names its organisation)"));
      organisationNames.all().forEach(e -> choices.add(new Choice(e.getKey(), e.getValue())));
    } else {
      hrAdminOf().forEach(code -> choices.add(new Choice(code, organisationNames.name(code))));
    }
    return choices;
  }

  /** The name of the one organisation an HR admin imports for; empty when they choose. */
  public String getOwnOrganisationName() {
    String code = ownOrganisation();
    return code == null ? "" : organisationNames.name(code);
  }

  /** Whose staff an import is for, in words. */
  public String organisationOf(ImportJobDto j) {
    return j.organisationCode() == null ? "The whole city" : organisationNames.name(j.organisationCode());
  }

  public String uploaded(ImportJobDto j) {
    return DisplayDates.formatDateTime(j.uploadedAt());
  }

  public String statusWords(ImportJobDto j) {
    return ImportView.statusWords(j.status());
  }

  public String formatLabel(ImportJobDto j) {
    return j.formatLabel() == null || j.formatLabel().isBlank() ? ImportView.formatLabel(j.format()) : j.formatLabel();
  }

  public String counts(ImportJobDto j) {
    return ImportView.counts(j);
  }

  public String getHeading() {
    if (jobId == null) {
      return "Import training records";
    }
    return job == null ? "Import " + jobId : "Import of " + job.fileName();
  }

  public String getTitle() {
    return jobId == null ? "Import training records" : "Import " + jobId;
  }

  public boolean isJobAsked() {
    return jobId != null;
  }

  public boolean isJobShown() {
    return job != null;
  }

  /** Whether the import is still waiting or running: the page polls until it is not. */
  public boolean isGoing() {
    return ImportView.going(job);
  }

  public boolean isResumable() {
    return job != null && "INTERRUPTED".equals(job.status());
  }

  public ImportJobDto getJob() {
    return job;
  }

  public String getProgress() {
    return ImportView.progress(job);
  }

  public String getSize() {
    return job == null ? "" : ImportView.size(job.sizeBytes());
  }

  public String getFinished() {
    return job == null ? "" : DisplayDates.formatDateTime(job.finishedAt());
  }

  public List<ImportRejectionDto> getRejections() {
    return rejections;
  }

  /** "These 8 rows were not imported." or "The first 100 of 2,345 rows not imported:". */
  public String getRejectionsSummary() {
    if (job == null) {
      return "";
    }
    long total = job.rowsRejected();
    if (total > rejections.size()) {
      return String.format(Locale.UK, "The first %,d of %,d rows that were not imported, by line:", rejections.size(), total);
    }
    return total == 1 ? "This row was not imported:" : String.format(Locale.UK, "These %,d rows were not imported:", total);
  }

  public List<ImportView.Format> getFormats() {
    return ImportView.FORMATS;
  }

  public List<ImportJobDto> getHistory() {
    return history;
  }

  public boolean isHistoryLoaded() {
    return historyLoaded;
  }

  public Paging getPaging() {
    return paging;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
