package city.academy.passport.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Signed passport credentials: a person's own (issue, list, download, withdraw), and the public
 * verification anyone may ask for. The caller's token is added by a client filter of the calling
 * application; the methods marked {@link PermitAll} are public and are meant to be called without
 * one (a filter may leave it off).
 */
@RegisterRestClient(configKey = "passport")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface CredentialClient {

  /** Signs my passport as it stands today: the new credential, ACTIVE. */
  @POST
  @Path("/people/me/credentials")
  CredentialDto issueMine();

  /** My signed passports, newest first, with their status. */
  @GET
  @Path("/people/me/credentials")
  List<CredentialDto> mine();

  /** Withdraws one of my signed passports: it reads REVOKED from then on. */
  @DELETE
  @Path("/people/me/credentials/{id}")
  CredentialDto withdrawMine(@PathParam("id") String id);

  /** The credential as a file (application/vc+jwt), as a stream: the caller closes it. */
  @GET
  @Path("/people/me/credentials/{id}/credential.jwt")
  @Produces("application/vc+jwt")
  InputStream credentialFile(@PathParam("id") String id);

  /** The passport on paper, with its QR code, as a stream: the caller closes it. */
  @GET
  @Path("/people/me/credentials/{id}/pdf")
  @Produces("application/pdf")
  InputStream pdf(@PathParam("id") String id);

  /**
   * HR of the receiving organisation signs an incoming person's passport with the share code they
   * gave (written in the person's access log).
   */
  @POST
  @Path("/credentials/exports")
  @Consumes(MediaType.APPLICATION_JSON)
  CredentialDto export(CredentialExportRequest request);

  /**
   * Public, rate-limited: checks a credential's text (the vc+jwt).
   *
   * @param forwardedFor the address of the person asking, when the caller passes a check on for them
   *     (the service counts checks per address, trusting this header only from its trusted proxies)
   */
  @POST
  @PermitAll
  @Path("/credentials/verify")
  @Consumes(MediaType.TEXT_PLAIN)
  CredentialVerificationDto verify(@HeaderParam("X-Forwarded-For") String forwardedFor, String credential);

  /** Public, rate-limited: checks an issued credential by its identifier (where the PDF's QR code leads). */
  @GET
  @PermitAll
  @Path("/credentials/{id}/verification")
  CredentialVerificationDto verification(@HeaderParam("X-Forwarded-For") String forwardedFor, @PathParam("id") String id);
}
