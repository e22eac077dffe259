package city.academy.passport.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Bulk imports of training records (HR admins of the organisation, academy admins), as a signed-in
 * person uses them: upload a partner's CSV, follow the job, read and download its rejected rows,
 * resume it. The caller's token is added by a client filter of the calling application.
 */
@RegisterRestClient(configKey = "passport")
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
public interface ImportClient {

  /**
   * Queues an import of the file, sent as the request body as it is read (the service stores it and
   * checks it in the background): the job, QUEUED.
   *
   * @param format NATIONAL_HR, GENERIC or SOCIAL_CARE
   * @param organisation whose staff the file is for; null for an academy admin's city-wide file, or an HR
   *     admin of one organisation
   * @param fileName the name the file was uploaded with, to recognise it later
   */
  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  ImportJobDto upload(
      @QueryParam("format") String format,
      @QueryParam("organisation") String organisation,
      @QueryParam("fileName") String fileName,
      InputStream file);

  /** Imports newest first: the caller's organisations' (all for academy admins), or one organisation's. */
  @GET
  PageDto<ImportJobDto> list(
      @QueryParam("organisation") String organisation, @QueryParam("page") int page, @QueryParam("size") int size);

  /** One import: its status and counts. */
  @GET
  @Path("/{id}")
  ImportJobDto job(@PathParam("id") long id);

  /** Rejected rows after a line, in line order, at most {@code size} (1 to 500). */
  @GET
  @Path("/{id}/rejections")
  List<ImportRejectionDto> rejections(
      @PathParam("id") long id, @QueryParam("afterLine") long afterLine, @QueryParam("size") int size);

  /** Every rejected row as CSV (line, column, value, reason), as a stream: the caller closes it. */
  @GET
  @Path("/{id}/rejections.csv")
  @Produces("text/csv")
  InputStream rejectionsCsv(@PathParam("id") long id);

  /** Queues an interrupted import again; it goes on after its checkpoint. */
  @POST
  @Path("/{id}/resume")
  ImportJobDto resume(@PathParam("id") long id);

  /** The generic format's template (header and example rows), as a stream: the caller closes it. */
  @GET
  @Path("/templates/generic.csv")
  @Produces("text/csv")
  InputStream genericTemplate();
}
