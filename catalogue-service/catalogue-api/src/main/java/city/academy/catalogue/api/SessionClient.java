package city.academy.catalogue.api;

import jakarta.ws.rs.Consumes;
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
 * Sessions, bookings, approvals, attendance and messages, as a signed-in person uses them (base URL
 * at {@code catalogue/mp-rest/url}). The caller's token is added by a client filter of the calling
 * application. Pages count from 0 and hold 1 to 100 items.
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SessionClient {

  /** A course's sessions, soonest first; past ones only when asked. */
  @GET
  @Path("/courses/{courseId}/sessions")
  SessionPageDto sessions(
      @PathParam("courseId") long courseId,
      @QueryParam("includePast") boolean includePast,
      @QueryParam("page") int page,
      @QueryParam("size") int size);

  /** Schedule a session of a course your organisation runs (providers). */
  @POST
  @Path("/courses/{courseId}/sessions")
  SessionDto schedule(@PathParam("courseId") long courseId, SessionRequest request);

  @GET
  @Path("/sessions/{id}")
  SessionDto session(@PathParam("id") long id);

  /** Change a session (providers of the running organisation). */
  @PUT
  @Path("/sessions/{id}")
  SessionDto change(@PathParam("id") long id, SessionRequest request);

  /** Cancel a whole session: every booking is cancelled and each person is told. */
  @POST
  @Path("/sessions/{id}/cancellation")
  SessionDto cancel(@PathParam("id") long id, ReasonRequest request);

  /** Ask for a place for yourself. */
  @POST
  @Path("/sessions/{id}/bookings")
  BookingDto book(@PathParam("id") long sessionId, BookingRequest request);

  /** Everyone booked on a session, waitlist in order (providers). */
  @GET
  @Path("/sessions/{id}/bookings")
  BookingPageDto bookings(@PathParam("id") long sessionId, @QueryParam("page") int page, @QueryParam("size") int size);

  /** The attendance register: confirmed bookings and their marks (providers). */
  @GET
  @Path("/sessions/{id}/attendance")
  List<BookingDto> register(@PathParam("id") long sessionId);

  /** Mark attendance (providers); all marks are recorded, or none. */
  @PUT
  @Path("/sessions/{id}/attendance")
  List<BookingDto> markAttendance(@PathParam("id") long sessionId, AttendanceRequest request);

  /** My bookings, soonest session first. */
  @GET
  @Path("/bookings/me")
  BookingPageDto myBookings(@QueryParam("includePast") boolean includePast, @QueryParam("page") int page, @QueryParam("size") int size);

  @GET
  @Path("/bookings/{id}")
  BookingDto booking(@PathParam("id") long id);

  /** Cancel a booking: your own (before the cancellation cut-off), or as the provider. */
  @POST
  @Path("/bookings/{id}/cancellation")
  BookingDto cancelBooking(@PathParam("id") long id, ReasonRequest request);

  /** Bookings waiting for my approval as line manager, oldest first. */
  @GET
  @Path("/approvals/me")
  BookingPageDto myApprovals(@QueryParam("page") int page, @QueryParam("size") int size);

  /** Approve or refuse a team member's booking. */
  @POST
  @Path("/bookings/{id}/approval")
  BookingDto decide(@PathParam("id") long id, ApprovalRequest request);

  /** My messages, newest first. */
  @GET
  @Path("/messages/me")
  MessagePageDto myMessages(@QueryParam("page") int page, @QueryParam("size") int size);

  @POST
  @Path("/messages/{id}/read")
  MessageDto markRead(@PathParam("id") long id);

  /** Which of my messages also come by email. */
  @GET
  @Path("/messages/preferences")
  EmailPreferencesDto myEmailPreferences();

  /** An organisation's people whose emails are refused because of their address (its HR admins, academy admins). */
  @GET
  @Path("/messages/undeliverable")
  EmailProblemPageDto undeliverable(@QueryParam("organisation") String organisation, @QueryParam("page") int page,
      @QueryParam("size") int size);

  @PUT
  @Path("/messages/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  EmailPreferencesDto chooseEmailPreferences(EmailPreferencesDto choice);
}
