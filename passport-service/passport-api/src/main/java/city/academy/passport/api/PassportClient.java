package city.academy.passport.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The passport service as a signed-in person uses it. The caller's token is added by a client
 * filter of the calling application.
 */
@RegisterRestClient(configKey = "passport")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface PassportClient {

  @GET
  @Path("/people/me")
  PersonDto me();

  @GET
  @Path("/people/{personId}")
  PersonDto person(@PathParam("personId") String personId);

  /** Change a person's email address (the person, or their organisation's HR admins). */
  @PUT
  @Path("/people/{personId}/email")
  @Consumes(MediaType.APPLICATION_JSON)
  ContactDto changeEmail(@PathParam("personId") String personId, EmailChangeRequest request);

  /** My passport as of a day (default today). */
  @GET
  @Path("/people/me/passport")
  PassportDto myPassport(@QueryParam("asOf") String asOf);

  /** Someone's passport, for those allowed to see it (the look is logged). */
  @GET
  @Path("/people/{personId}/passport")
  PassportDto passport(@PathParam("personId") String personId, @QueryParam("asOf") String asOf);

  /** My team's passports in brief (line managers); each look is logged. */
  @GET
  @Path("/people/me/team")
  List<TeamMemberDto> myTeam(@QueryParam("asOf") String asOf);

  /** My training history, newest first, corrections and revocations included. */
  @GET
  @Path("/people/me/records")
  List<TrainingRecordDto> myRecords();

  /** Who else has looked at my passport, newest first. */
  @GET
  @Path("/people/me/access-log")
  List<AccessLogEntryDto> myAccessLog();

  @GET
  @Path("/organisations")
  List<OrganisationDto> organisations();

  @GET
  @Path("/organisations/{code}/staff")
  PageDto<PersonDto> staff(
      @PathParam("code") String organisationCode,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  @GET
  @Path("/framework")
  TrainingFrameworkDto framework();

  /** What of a person's training counts for a new post here (HR admins of the receiving organisation). */
  @POST
  @Path("/transfer-checks")
  @Consumes(MediaType.APPLICATION_JSON)
  TransferCheckDto transferCheck(TransferCheckRequest request);

  /** An organisation's compliance on a day (default today): its HR admins, academy admins. */
  @GET
  @Path("/compliance/organisations/{code}")
  ComplianceDto compliance(@PathParam("code") String code, @QueryParam("asOf") String asOf);

  /** Requirements of the organisation's staff that expire within so many days, soonest first. */
  @GET
  @Path("/compliance/organisations/{code}/expiring")
  List<ExpiringDto> expiring(@PathParam("code") String code, @QueryParam("days") int days);

  /** The organisation's compliance counts as CSV, one row per staff group and subject. */
  @GET
  @Path("/compliance/organisations/{code}/csv")
  @Produces("text/csv")
  String complianceCsv(@PathParam("code") String code, @QueryParam("asOf") String asOf);

  /** The organisation's staff whose requirement in a subject has a status (its HR admins). */
  @GET
  @Path("/compliance/organisations/{code}/people")
  List<ExpiringDto> compliancePeople(@PathParam("code") String code, @QueryParam("subject") String subject,
      @QueryParam("status") String status, @QueryParam("asOf") String asOf);

  /** The whole city's compliance (academy admins). */
  @GET
  @Path("/compliance/city")
  ComplianceDto cityCompliance(@QueryParam("asOf") String asOf);

  /** My share codes, newest first. */
  @GET
  @Path("/people/me/share-codes")
  List<ShareCodeDto> myShareCodes();

  /** Issue a share code; the answer is the only time the code itself is shown. */
  @POST
  @Path("/people/me/share-codes")
  @Consumes(MediaType.APPLICATION_JSON)
  ShareCodeDto issueShareCode(ShareCodeRequest request);

  /** Withdraw one of my share codes. */
  @DELETE
  @Path("/people/me/share-codes/{id}")
  ShareCodeDto revokeShareCode(@PathParam("id") long id);

  /** Someone's whole training history, for those allowed to see their passport (the look is logged). */
  @GET
  @Path("/people/{personId}/records")
  List<TrainingRecordDto> records(@PathParam("personId") String personId);

  /** Record training by hand, with its evidence. */
  @POST
  @Path("/records")
  @Consumes(MediaType.APPLICATION_JSON)
  TrainingRecordDto addRecord(ManualRecordRequest request);

  /** Correct a record, with a reason; the original stays in the history. */
  @POST
  @Path("/records/{id}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  TrainingRecordDto correctRecord(@PathParam("id") long id, RecordChangeRequest request);

  /** Revoke a record, with a reason; it stays in the history. */
  @POST
  @Path("/records/{id}/revocations")
  @Consumes(MediaType.APPLICATION_JSON)
  TrainingRecordDto revokeRecord(@PathParam("id") long id, RecordChangeRequest request);
}
