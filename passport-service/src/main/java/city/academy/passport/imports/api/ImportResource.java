package city.academy.passport.imports.api;

import city.academy.passport.api.ImportJobDto;
import city.academy.passport.api.ImportRejectionDto;
import city.academy.passport.api.PageDto;
import city.academy.passport.imports.application.ImportService;
import city.academy.passport.imports.domain.ImportJob;
import city.academy.passport.imports.domain.RowProblem;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Bulk imports of training records: upload, follow, read the report, resume. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.HR_ADMIN_NAME, Role.ACADEMY_ADMIN_NAME})
public class ImportResource {
  static final int REJECTIONS_MAX = 500;

  @Inject ImportService imports;
  @Inject Caller caller;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @POST
  // any content type: browsers and HR systems label CSV files every way (text/csv, application/vnd.ms-excel,
  // octet-stream...); the file itself is checked by the job, and a call without a token is refused first
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload a CSV file of training records (format=NATIONAL_HR, GENERIC or SOCIAL_CARE; organisation=its code;"
      + " fileName=its name) as the request body: 202 with the job, which runs in the background")
  public Response upload(
      @QueryParam("format") String format,
      @QueryParam("organisation") String organisation,
      @QueryParam("fileName") String fileName,
      InputStream body) {
    ImportJob job = imports.upload(format, organisation, fileName, body, caller);
    return Response.accepted(toDto(job)).location(uri.getBaseUriBuilder().path("imports").path(Long.toString(job.id())).build())
        .build();
  }

  @GET
  @Operation(summary = "Imports, newest first: those of your organisation (every one for academy admins), or of organisation=...")
  public PageDto<ImportJobDto> list(
      @QueryParam("organisation") String organisation,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    ImportService.Jobs jobs = imports.list(organisation, paging, caller);
    return new PageDto<>(jobs.items().stream().map(ImportResource::toDto).toList(), page, size, jobs.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One import: its status and counts (rows read, imported, duplicate, rejected)")
  public ImportJobDto job(@PathParam("id") long id) {
    return toDto(imports.job(id, caller));
  }

  @GET
  @Path("/{id}/rejections")
  @Operation(summary = "Rejected rows after a line (afterLine, default 0), in line order, up to size (at most 500)")
  public List<ImportRejectionDto> rejections(
      @PathParam("id") long id,
      @QueryParam("afterLine") @DefaultValue("0") long afterLine,
      @QueryParam("size") @DefaultValue("100") int size) {
    if (size < 1 || size > REJECTIONS_MAX) {
      throw ProblemException.badRequest("size: 1 to " + REJECTIONS_MAX + " rows, not " + size + ".");
    }
    return imports.rejections(id, afterLine, size, caller).stream().map(ImportResource::toDto).toList();
  }

  @GET
  @Path("/{id}/rejections.csv")
  @Produces("text/csv")
  @Operation(summary = "Every rejected row as CSV: line, column, value, reason")
  public Response rejectionsCsv(@PathParam("id") long id) {
    ImportJob job = imports.job(id, caller);
    StreamingOutput body = out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("line", "column", "value", "reason").get())) {
        long after = 0;
        while (true) {
          List<RowProblem> page = imports.rejections(job, after, REJECTIONS_MAX);
          for (RowProblem p : page) {
            csv.printRecord(p.line(), p.column(), p.value(), p.reason());
          }
          if (page.size() < REJECTIONS_MAX) {
            break;
          }
          after = page.get(page.size() - 1).line();
        }
      }
    };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-rejected-rows.csv\"").build();
  }

  @POST
  @Path("/{id}/resume")
  @Operation(summary = "Resume an interrupted import after its last settled line; nothing is added twice")
  public Response resume(@PathParam("id") long id) {
    return Response.accepted(toDto(imports.resume(id, caller))).build();
  }

  @GET
  @Path("/templates/generic.csv")
  @Produces("text/csv")
  @Operation(summary = "The generic format's template: its header and two example rows")
  public Response template() {
    InputStream in = ImportResource.class.getClassLoader().getResourceAsStream("imports/generic-template.csv");
    if (in == null) {
      throw ProblemException.notFound("The template is not packaged with this service.");
    }
    return Response.ok(in, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"training-records-template.csv\"")
        .build();
  }

  static ImportJobDto toDto(ImportJob j) {
    return new ImportJobDto(j.id(), j.format().name(), j.format().label(), j.organisationCode(), j.fileName(), j.sizeBytes(),
        j.uploadedBy(), j.uploadedAt(), j.status().name(), j.startedAt(), j.finishedAt(), j.rowsRead(), j.rowsImported(),
        j.rowsDuplicate(), j.rowsRejected(), j.checkpointLine(), j.message());
  }

  static ImportRejectionDto toDto(RowProblem p) {
    return new ImportRejectionDto(p.line(), p.column(), p.value(), p.reason());
  }
}
