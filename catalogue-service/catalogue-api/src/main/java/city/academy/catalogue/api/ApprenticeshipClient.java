package city.academy.catalogue.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Apprenticeship programmes, cohorts, apprentices, their off-the-job hours and reviews, and the
 * cohort and city reports (base URL at {@code catalogue/mp-rest/url}; the caller's token is added
 * by a client filter). Dates are yyyy-mm-dd; {@code asOf} null means today (London).
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/apprenticeships")
@Produces(MediaType.APPLICATION_JSON)
public interface ApprenticeshipClient {

  /** Every programme (anyone signed in). */
  @GET
  @Path("/programmes")
  List<ProgrammeDto> programmes();

  /** Set up a programme (academy admins). */
  @POST
  @Path("/programmes")
  @Consumes(MediaType.APPLICATION_JSON)
  ProgrammeDto addProgramme(ProgrammeRequest request);

  /**
   * Cohorts, newest first: all for academy admins, those with the caller's organisations for HR
   * admins and providers; {@code q} (optional) keeps those whose name contains it.
   */
  @GET
  @Path("/cohorts")
  CohortPageDto cohorts(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size);

  /** Set up a cohort (academy admins). */
  @POST
  @Path("/cohorts")
  @Consumes(MediaType.APPLICATION_JSON)
  CohortDto addCohort(CohortRequest request);

  @GET
  @Path("/cohorts/{id}")
  CohortDto cohort(@PathParam("id") long id);

  /** The cohort's apprentices the caller may see (an HR admin: their own organisations'), by name. */
  @GET
  @Path("/cohorts/{id}/apprentices")
  ApprenticePageDto cohortApprentices(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size);

  /** Enrol a person (academy admins). */
  @POST
  @Path("/cohorts/{id}/apprentices")
  @Consumes(MediaType.APPLICATION_JSON)
  ApprenticeDto enrol(@PathParam("id") long cohortId, EnrolmentRequest request);

  /** The cohort report (academy admins: everyone; HR admins: their organisations' apprentices). */
  @GET
  @Path("/cohorts/{id}/report")
  CohortReportDto cohortReport(@PathParam("id") long id, @QueryParam("asOf") String asOf);

  /** The cohort's apprentices as CSV, one row each (same access as the report). */
  @GET
  @Path("/cohorts/{id}/report/csv")
  @Produces("text/csv")
  String cohortReportCsv(@PathParam("id") long id, @QueryParam("asOf") String asOf);

  /** The cohort report as a spreadsheet (.xlsx): summary, employers, apprentices, withdrawals, equality. */
  @GET
  @Path("/cohorts/{id}/report/xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  byte[] cohortReportXlsx(@PathParam("id") long id, @QueryParam("asOf") String asOf);

  /** Every cohort and programme across the city (academy admins). */
  @GET
  @Path("/report")
  CityApprenticeshipReportDto cityReport(@QueryParam("asOf") String asOf);

  /** The city report as CSV: one row per cohort, then per programme, then the city. */
  @GET
  @Path("/report/csv")
  @Produces("text/csv")
  String cityReportCsv(@QueryParam("asOf") String asOf);

  /** The city report as a spreadsheet (.xlsx). */
  @GET
  @Path("/report/xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  byte[] cityReportXlsx(@QueryParam("asOf") String asOf);

  /** Apprentices of one employer (its HR admins, academy admins), by name. */
  @GET
  @Path("/apprentices")
  ApprenticePageDto apprentices(@QueryParam("employer") String employerCode, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size);

  /** The signed-in person's own apprenticeships. */
  @GET
  @Path("/apprentices/mine")
  List<ApprenticeDto> mine();

  /** The apprentices whose off-the-job hours the signed-in line manager confirms. */
  @GET
  @Path("/apprentices/managed")
  List<ApprenticeDto> managed();

  @GET
  @Path("/apprentices/{id}")
  ApprenticeDto apprentice(@PathParam("id") long id);

  /** Move an apprentice to a new status (academy admins). */
  @POST
  @Path("/apprentices/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  ApprenticeDto transition(@PathParam("id") long id, TransitionRequest request);

  @GET
  @Path("/apprentices/{id}/otj")
  OtjLogDto otj(@PathParam("id") long id);

  /** Log hours (the apprentice themself). */
  @POST
  @Path("/apprentices/{id}/otj")
  @Consumes(MediaType.APPLICATION_JSON)
  OtjEntryDto logOtj(@PathParam("id") long id, OtjEntryRequest request);

  /** Confirm or reject an entry (line manager, employer's HR admins, the cohort's provider, academy admins). */
  @POST
  @Path("/apprentices/{id}/otj/{entryId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  OtjEntryDto decideOtj(@PathParam("id") long id, @PathParam("entryId") long entryId, OtjDecisionRequest request);

  @GET
  @Path("/apprentices/{id}/reviews")
  List<ReviewDto> reviews(@PathParam("id") long id);

  /** Record a review (line manager, employer's HR admins, the cohort's provider, academy admins). */
  @POST
  @Path("/apprentices/{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  ReviewDto addReview(@PathParam("id") long id, ReviewRequest request);

  /** An apprentice's equality answers (the person themself and academy admins only). */
  @GET
  @Path("/apprentices/{id}/equality")
  EqualityDto apprenticeEquality(@PathParam("id") long id);

  /** The signed-in person's own equality answers (all null when never declared). */
  @GET
  @Path("/equality/me")
  EqualityDto myEquality();

  @PUT
  @Path("/equality/me")
  @Consumes(MediaType.APPLICATION_JSON)
  EqualityDto declareEquality(EqualityRequest request);

  /**
   * A list of codes and their words: statuses, withdrawal-reasons, grades, activities, ethnicity,
   * sex, disability, deprivation-decile.
   */
  @GET
  @Path("/reference/{list}")
  List<CodeLabelDto> reference(@PathParam("list") String list);
}
