package city.academy.catalogue.booking.api;

import city.academy.catalogue.api.ApprovalRequest;
import city.academy.catalogue.api.BookingDto;
import city.academy.catalogue.api.BookingPageDto;
import city.academy.catalogue.api.ReasonRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Bookings: my own, cancelling one, and a line manager's decision on one. */
@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class BookingResource {

  @Inject BookingService service;
  @Inject Caller caller;

  @GET
  @Path("/me")
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "My bookings, soonest session first; past ones only with includePast=true")
  public BookingPageDto mine(
      @QueryParam("includePast") @DefaultValue("false") boolean includePast,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    return new BookingPageDto(
        service.bookingsOf(caller, includePast, paging).stream().map(b -> BookingMapper.toDto(b, service::waitlistPosition)).toList(),
        page, size, service.countBookingsOf(caller, includePast));
  }

  @GET
  @Path("/{id}")
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "One booking: your own, your team's request, or one on your organisation's session")
  public BookingDto booking(@PathParam("id") long id) {
    return BookingMapper.toDto(service.booking(id, caller), service::waitlistPosition);
  }

  @POST
  @Path("/{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Cancel a booking: your own (a confirmed place until the cancellation cut-off), or as the session's provider; the place goes to the waitlist")
  public BookingDto cancel(@PathParam("id") long id, @Valid ReasonRequest request) {
    return BookingMapper.toDto(service.cancelBooking(id, request == null ? null : request.reason(), caller), service::waitlistPosition);
  }

  @POST
  @Path("/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LINE_MANAGER_NAME)
  @Operation(summary = "Approve or refuse a request of someone you line-manage; once approved it is confirmed or waitlisted")
  public BookingDto decide(@PathParam("id") long id, @NotNull(message = "Send the decision as JSON.") @Valid ApprovalRequest request) {
    return BookingMapper.toDto(service.decide(id, request.approved(), request.note(), caller), service::waitlistPosition);
  }
}
