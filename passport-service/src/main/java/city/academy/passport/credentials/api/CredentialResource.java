package city.academy.passport.credentials.api;

import city.academy.passport.api.CredentialDto;
import city.academy.passport.api.CredentialExportRequest;
import city.academy.passport.api.CredentialVerificationDto;
import city.academy.passport.credentials.application.CredentialService;
import city.academy.passport.credentials.application.CredentialVerifier;
import city.academy.passport.credentials.infrastructure.CredentialKeys;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Credentials for others: HR's export with a share code, key rotation for academy admins, and the
 * public side a verifier needs: the keys (JWKS), the revocation status list, and verification.
 * The public endpoints need no sign-in on purpose, and verification is rate-limited.
 */
@Path("/credentials")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CredentialResource {
  /** The longest text a verification reads: far beyond any passport credential. */
  static final int MAX_CREDENTIAL = 65_536;

  @Inject CredentialService credentials;
  @Inject CredentialVerifier verifier;
  @Inject CredentialKeys keys;
  @Inject VerifyRateLimit rateLimit;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @POST
  @Path("/exports")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "token")
  @RolesAllowed(Role.HR_ADMIN_NAME)
  @Operation(summary = "HR of the receiving organisation signs an incoming person's passport, with the share code they gave")
  public Response export(CredentialExportRequest body) {
    if (body == null) {
      throw ProblemException.badRequest("Send {\"shareCode\": ..., \"organisationCode\": ...}.");
    }
    return Response.status(Response.Status.CREATED)
        .entity(CredentialMapper.toDto(credentials.issueByShareCode(body.shareCode(), body.organisationCode(), caller), credentials))
        .build();
  }

  @POST
  @Path("/keys/rotation")
  @SecurityRequirement(name = "token")
  @RolesAllowed(Role.ACADEMY_ADMIN_NAME)
  @Operation(summary = "Sign new credentials with a new key; the old keys stay published, so what they signed still verifies")
  public Response rotate() {
    return Response.status(Response.Status.CREATED).entity(Map.of("keyId", keys.rotate())).build();
  }

  @GET
  @Path("/jwks.json")
  @PermitAll
  @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Public: the keys credentials are signed with (current first, then retired ones), as a JWKS")
  public Response jwks() {
    return Response.ok(keys.publicKeys().toString(), "application/jwk-set+json").header("Cache-Control", "max-age=300").build();
  }

  @GET
  @Path("/status/{list}")
  @PermitAll
  @Produces("application/vc+jwt")
  @Operation(summary = "Public: a revocation status list (BitstringStatusListCredential, signed vc+jwt)")
  public Response statusList(@PathParam("list") String list) {
    long number;
    try {
      number = Long.parseLong(list);
    } catch (NumberFormatException e) {
      throw ProblemException.notFound("There is no status list " + list + ".");
    }
    return Response.ok(credentials.statusListCredential(number), "application/vc+jwt").header("Cache-Control", "max-age=60").build();
  }

  @GET
  @Path("/issuer")
  @PermitAll
  @Operation(summary = "Public: who issues passport credentials, and where their keys and status lists are")
  public Map<String, String> issuer() {
    return Map.of("id", credentials.issuerId(), "jwks", credentials.jwksUrl(), "statusList", credentials.statusListUrl(0));
  }

  @POST
  @Path("/verify")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Public, rate-limited: check a credential (the vc+jwt text, or JSON {\"credential\": ...}):"
      + " GENUINE, TAMPERED, REVOKED, EXPIRED, UNKNOWN_ISSUER or NOT_A_CREDENTIAL, and what it asserts")
  public CredentialVerificationDto verify(String body) {
    rateLimit.admit(request);
    String text = body == null ? "" : body.strip();
    if (text.length() > MAX_CREDENTIAL) {
      throw ProblemException.badRequest("That is far longer than any passport credential.");
    }
    if (text.startsWith("{")) {
      try (JsonReader reader = Json.createReader(new StringReader(text))) {
        JsonObject json = reader.readObject();
        text = json.getString("credential", "");
      } catch (RuntimeException e) {
        throw ProblemException.badRequest("Send the credential's text, or JSON {\"credential\": \"...\"}.");
      }
    }
    return CredentialMapper.toDto(verifier.verify(text));
  }

  @GET
  @Path("/{id}/verification")
  @PermitAll
  @Operation(summary = "Public, rate-limited: check an issued credential by its identifier (where the PDF's QR code leads)")
  public CredentialVerificationDto verifyIssued(@PathParam("id") String id) {
    rateLimit.admit(request);
    return verifier.verifyIssued(id).map(CredentialMapper::toDto)
        .orElseThrow(() -> ProblemException.notFound("No credential has the identifier " + id + "."));
  }
}
