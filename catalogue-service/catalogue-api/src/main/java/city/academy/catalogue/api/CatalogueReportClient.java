package city.academy.catalogue.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Fill and sharing reports by provider and month (base URL at {@code catalogue/mp-rest/url}; the
 * caller's token is added by a client filter). Months are yyyy-mm; leave them null for this year.
 */
@RegisterRestClient(configKey = "catalogue")
@Path("/api/reports")
public interface CatalogueReportClient {

  /** A provider organisation's months (its own providers, academy admins). */
  @GET
  @Path("/providers/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  ProviderReportDto provider(@PathParam("code") String providerCode, @QueryParam("from") String from, @QueryParam("to") String to);

  /** The same as CSV. */
  @GET
  @Path("/providers/{code}/csv")
  @Produces("text/csv")
  String providerCsv(@PathParam("code") String providerCode, @QueryParam("from") String from, @QueryParam("to") String to);

  /** Every provider and the city-wide total per month (academy admins). */
  @GET
  @Path("/city")
  @Produces(MediaType.APPLICATION_JSON)
  CityReportDto city(@QueryParam("from") String from, @QueryParam("to") String to);

  /** The same as CSV: one row per provider and month, then the city's rows. */
  @GET
  @Path("/city/csv")
  @Produces("text/csv")
  String cityCsv(@QueryParam("from") String from, @QueryParam("to") String to);
}
