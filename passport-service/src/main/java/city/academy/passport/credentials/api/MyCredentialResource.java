package city.academy.passport.credentials.api;

import city.academy.passport.api.CredentialDto;
import city.academy.passport.credentials.application.CredentialService;
import city.academy.passport.credentials.domain.PassportCredential;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person's own signed passports: issue, list, download (credential or PDF), withdraw. */
@Path("/people/me/credentials")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class MyCredentialResource {

  @Inject CredentialService credentials;
  @Inject PdfPassports pdfs;
  @Inject Caller caller;

  @POST
  @Operation(summary = "Sign my passport as it stands today: a W3C Verifiable Credential (vc+jwt) anyone can check")
  public Response issue() {
    return Response.status(Response.Status.CREATED).entity(CredentialMapper.toDto(credentials.issueMine(caller), credentials)).build();
  }

  @GET
  @Operation(summary = "My signed passports, newest first, with their status")
  public List<CredentialDto> mine() {
    return credentials.mine(caller).stream().map(c -> CredentialMapper.toDto(c, credentials)).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One of my signed passports")
  public CredentialDto one(@PathParam("id") String id) {
    return CredentialMapper.toDto(credentials.mine(id, caller), credentials);
  }

  @GET
  @Path("/{id}/credential.jwt")
  @Produces("application/vc+jwt")
  @Operation(summary = "The credential itself, as a file (application/vc+jwt)")
  public Response credentialFile(@PathParam("id") String id) {
    PassportCredential c = credentials.mine(id, caller);
    return Response.ok(c.compactJwt(), "application/vc+jwt")
        .header("Content-Disposition", "attachment; filename=\"passport-" + c.person().passportId() + ".jwt\"").build();
  }

  @GET
  @Path("/{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The passport on paper: a PDF with a QR code that leads to its public verify page")
  public Response pdf(@PathParam("id") String id) {
    PassportCredential c = credentials.mine(id, caller);
    return Response.ok(pdfs.of(c), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"passport-" + c.person().passportId() + ".pdf\"").build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Withdraw one of my signed passports: it reads revoked from now on")
  public CredentialDto revoke(@PathParam("id") String id) {
    return CredentialMapper.toDto(credentials.revokeMine(id, caller), credentials);
  }
}
