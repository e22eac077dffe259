package city.academy.catalogue.booking.api;

import city.academy.catalogue.api.AttendanceRequest;
import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.BookingPageDto;
import city.academy.catalogue.api.BookingRequest;
import city.academy.catalogue.api.ReasonRequest;
import city.academy.catalogue.api.SessionDto;
import city.academy.catalogue.api.SessionRequest;
import city.academy.catalogue.booking.application.BookingService;
import city.academy.platform.problem.Paging;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One session: its plan (providers change or cancel it), booking a place, the register. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class SessionResource {

  @Inject BookingService service;
  @Inject Caller caller;

  @GET
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "One session and how its places stand")
  public SessionDto session(@PathParam("id") long id) {
    return BookingMapper.toDto(service.session(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Change a session of your organisation (every field again); places cannot drop below those confirmed")
  public SessionDto change(@PathParam("id") long id, @NotNull(message = "Send the session as JSON.") @Valid SessionRequest request) {
    return BookingMapper.toDto(service.change(id, request, caller));
  }

  @POST
  @Path("/{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Cancel a whole session of your organisation: every booking is cancelled and each person is told")
  public SessionDto cancel(@PathParam("id") long id, @Valid ReasonRequest request) {
    return BookingMapper.toDto(service.cancelSession(id, request == null ? null : request.reason(), caller));
  }

  @POST
  @Path("/{id}/bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Ask for a place for yourself: confirmed, waitlisted or awaiting your line manager's approval")
  public Response book(@PathParam("id") long id, @Valid BookingRequest request) {
    BookingDto booking = BookingMapper.toDto(service.book(id, request, caller), service::waitlistPosition);
    return Response.status(Response.Status.CREATED).entity(booking).build();
  }

  @GET
  @Path("/{id}/bookings")
  @Transactional
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Everyone who asked for a place on a session of your organisation, in arrival order")
  public BookingPageDto bookings(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(page, size, 100);
    return new BookingPageDto(
        service.bookingsOfSession(id, paging, caller).stream().map(b -> BookingMapper.toDto(b, service::waitlistPosition)).toList(),
        page, size, service.countBookingsOfSession(id, caller));
  }

  @GET
  @Path("/{id}/attendance")
  @Transactional
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "The attendance register: confirmed places and their marks, by name")
  public List<BookingDto> register(@PathParam("id") long id) {
    return service.register(id, caller).stream().map(b -> BookingMapper.toDto(b, service::waitlistPosition)).toList();
  }

  @PUT
  @Path("/{id}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Mark attended, did not attend or completed (all marks or none); a completion goes to the passport")
  public List<BookingDto> markAttendance(
      @PathParam("id") long id, @NotNull(message = "Send the marks as JSON.") @Valid AttendanceRequest request) {
    return service.markAttendance(id, request, caller).stream().map(b -> BookingMapper.toDto(b, service::waitlistPosition)).toList();
  }
}
