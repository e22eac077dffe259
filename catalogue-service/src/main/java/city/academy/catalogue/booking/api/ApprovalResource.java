package city.academy.catalogue.booking.api;

import city.academy.catalogue.api.BookingPageDto;
import city.academy.catalogue.booking.application.BookingService;
import city.academy.platform.problem.Paging;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A line manager's queue of requests to approve. */
@Path("/approvals")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed(Role.LINE_MANAGER_NAME)
public class ApprovalResource {

  @Inject BookingService service;
  @Inject Caller caller;

  @GET
  @Path("/me")
  @Transactional
  @Operation(summary = "Requests waiting for my approval as line manager, oldest first")
  public BookingPageDto mine(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    return new BookingPageDto(
        service.awaitingMyApproval(caller, paging).stream().map(b -> BookingMapper.toDto(b, service::waitlistPosition)).toList(),
        page, size, service.countAwaitingMyApproval(caller));
  }
}
