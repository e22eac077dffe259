package city.academy.catalogue.search.api;

import city.academy.catalogue.api.SessionSearchHitDto;
import city.academy.catalogue.api.SessionSearchPageDto;
import city.academy.catalogue.booking.api.BookingMapper;
import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.search.application.CatalogueSearch;
import city.academy.catalogue.search.domain.SearchCriteria;
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

/** The catalogue search: upcoming sessions of every partner's courses. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
public class SessionSearchResource {

  @Inject CatalogueSearch search;
  @Inject Caller caller;

  @GET
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "Search upcoming sessions of every partner: words in the title or description, subject, provider,"
      + " London dates from/to (yyyy-mm-dd), delivery mode, available=true for places you could take now; soonest first")
  public SessionSearchPageDto search(
      @QueryParam("q") String q,
      @QueryParam("subject") String subject,
      @QueryParam("provider") String provider,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("mode") String mode,
      @QueryParam("available") String available,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    CatalogueSearch.Results results = search.search(q, subject, provider, from, to, mode, available, paging, caller);
    return new SessionSearchPageDto(
        results.sessions().stream().map(s -> hit(s, results.criteria())).toList(), page, size, results.total(),
        results.exact());
  }

  static SessionSearchHitDto hit(Session s, SearchCriteria criteria) {
    Course c = s.course();
    return new SessionSearchHitDto(BookingMapper.toDto(s), c.description(), c.category(), c.cpdHours(),
        c.deliveryMode().name(), c.subjectCode(), c.levelCode(), s.hasPlaceFor(criteria.organisations(), criteria.now()));
  }
}
