package city.academy.systemtests.api;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's passport as a signed credential: it verifies with an independent JOSE library
 * against the published keys, carries what VC 2.0 requires, and reads tampered, revoked, expired or
 * from an unknown issuer when it is; the PDF's QR code leads to its verify page; only the person
 * exports their own, HR only with a share code; verification is public but refuses floods.
 */
@ExtendWith(PlatformExtension.class)
class CredentialsIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static JsonObject issue(String user) {
    Api.Reply reply = Api.post("/passport/api/people/me/credentials", Api.tokenFor(user), "{}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.object();
  }

  private static JsonObject verify(String credential) {
    Api.Reply reply = Api.send("POST", "/passport/api/credentials/verify", null, "text/plain", credential);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  private static Map<String, Object> payload(String jwt) throws Exception {
    return JWSObject.parse(jwt).getPayload().toJSONObject();
  }

  @Test
  void aCredentialVerifiesWithAnIndependentLibraryAndCarriesWhatVc2Requires() throws Exception {
    JsonObject issued = issue("staff");
    String jwt = issued.getString("credential");
    String jwks = Api.send("GET", "/passport/api/credentials/jwks.json", null, null, null, "*/*").text();

    // jose4j, not the platform's library, checks the signature against the published JWKS
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(jwt);
    jws.setKey(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()).resolveKey(jws, List.of()));
    assertThat(jws.verifySignature()).isTrue();
    assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
    assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("ES256");

    JsonObject vc = Json.createReader(new java.io.StringReader(jws.getPayload())).readObject();
    assertThat(vc.getJsonArray("@context").getString(0)).isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(vc.getJsonArray("type").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
        .contains("VerifiableCredential");
    assertThat(vc.getJsonObject("issuer").getString("id")).isNotBlank();
    assertThat(vc.getJsonObject("credentialSubject").getString("passportId")).isEqualTo(Api.principal("staff").getString("personId"));
    OffsetDateTime validFrom = OffsetDateTime.parse(vc.getString("validFrom"));
    OffsetDateTime validUntil = OffsetDateTime.parse(vc.getString("validUntil"));
    assertThat(validUntil).isAfter(validFrom);
    for (JsonObject met : vc.getJsonObject("credentialSubject").getJsonArray("requirementsMet").getValuesAs(JsonObject.class)) {
      assertThat(met.getString("subject")).isNotBlank();
      assertThat(met.getString("completedOn")).isNotBlank();
      if (met.containsKey("expiresOn")) {
        assertThat(validUntil.toLocalDate()).as("valid no later than the earliest expiry it asserts")
            .isBeforeOrEqualTo(LocalDate.parse(met.getString("expiresOn")));
      }
    }
    assertThat(vc.getJsonObject("credentialStatus").getString("type")).isEqualTo("BitstringStatusListEntry");

    JsonObject check = verify(jwt);
    assertThat(check.getString("outcome")).isEqualTo("GENUINE");
    assertThat(check.getJsonObject("asserted").getString("passportId")).isEqualTo(vc.getJsonObject("credentialSubject").getString("passportId"));
  }

  @Test
  void oneCharacterChangedInThePayloadOrTheSignatureFailsVerification() {
    String jwt = issue("staff").getString("credential");
    String[] parts = jwt.split("\\.");
    String payload = parts[1];
    int at = payload.length() / 2;
    String changedPayload = parts[0] + "." + payload.substring(0, at) + (payload.charAt(at) == 'A' ? 'B' : 'A') + payload.substring(at + 1)
        + "." + parts[2];
    String signature = parts[2];
    String changedSignature = parts[0] + "." + parts[1] + "." + signature.substring(0, 5) + (signature.charAt(5) == 'A' ? 'B' : 'A') + signature.substring(6);
    JsonObject a = verify(changedPayload);
    assertThat(a.getString("outcome")).isEqualTo("TAMPERED");
    assertThat(!a.containsKey("asserted") || a.isNull("asserted")).as("nothing of a tampered credential is shown").isTrue();
    assertThat(verify(changedSignature).getString("outcome")).isEqualTo("TAMPERED");
    assertThat(verify("hello").getString("outcome")).isEqualTo("NOT_A_CREDENTIAL");
  }

  @Test
  void aWithdrawnCredentialReadsRevokedAndTheStatusListSaysSo() throws Exception {
    JsonObject issued = issue("carehome.staff");
    String token = Api.tokenFor("carehome.staff");
    Api.Reply withdrawn = Api.send("DELETE", "/passport/api/people/me/credentials/" + issued.getString("id"), token, null, null);
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.object().getString("status")).isEqualTo("REVOKED");
    assertThat(verify(issued.getString("credential")).getString("outcome")).isEqualTo("REVOKED");

    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) payload(issued.getString("credential")).get("credentialStatus");
    int index = Integer.parseInt((String) status.get("statusListIndex"));
    String list = (String) status.get("statusListCredential");
    String path = URI.create(list).getPath();
    Api.Reply statusList = Api.send("GET", path, null, null, null, "*/*");
    assertThat(statusList.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) payload(statusList.text()).get("credentialSubject");
    String encoded = (String) subject.get("encodedList");
    assertThat(encoded).startsWith("u");
    byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
    assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
    assertThat((bits[index / 8] >> (7 - index % 8)) & 1).as("bit %d set", index).isEqualTo(1);
  }

  @Test
  void aCredentialPastItsValidUntilReadsExpiredAndOneSignedByAnotherKeyReadsUnknownIssuer() throws Exception {
    Map<String, Object> vc = new LinkedHashMap<>(payload(issue("staff").getString("credential")));
    vc.put("validFrom", Instant.now().minus(Duration.ofDays(400)).toString());
    vc.put("validUntil", Instant.now().minus(Duration.ofDays(35)).toString());
    Path keys = PlatformExtension.dataDirectory().resolve("credential-keys");
    String kid = Files.readString(keys.resolve("active-key-id")).strip();
    ECKey ours = ECKey.parse(Files.readString(keys.resolve(kid + ".private.jwk.json")));
    assertThat(verify(sign(vc, ours)).getString("outcome")).isEqualTo("EXPIRED");

    ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("someone-else").generate();
    vc.put("validUntil", Instant.now().plus(Duration.ofDays(30)).toString());
    assertThat(verify(sign(vc, stranger)).getString("outcome")).isEqualTo("UNKNOWN_ISSUER");
  }

  private static String sign(Map<String, Object> vc, ECKey key) throws Exception {
    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt")).keyID(key.getKeyID()).build(),
        new Payload(vc));
    jws.sign(new ECDSASigner(key));
    return jws.serialize();
  }

  @Test
  void theQrCodeInThePdfLeadsToTheCredentialsVerifyPage() throws Exception {
    JsonObject issued = issue("staff");
    HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(PlatformExtension.baseUrl()
            + "/passport/api/people/me/credentials/" + issued.getString("id") + "/pdf"))
        .header("Authorization", "Bearer " + Api.tokenFor("staff")).header("Accept", "application/pdf").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    List<String> decoded = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      PDResources resources = document.getPage(0).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          BufferedImage picture = image.getImage();
          decoded.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)))).getText());
        }
      }
    }
    assertThat(decoded).containsExactly(issued.getString("verifyUrl"));
    assertThat(issued.getString("verifyUrl")).endsWith("/verify.xhtml?credential=" + issued.getString("id"));
    // and what the page asks the service: the same credential, checked
    Api.Reply byId = Api.get("/passport/api/credentials/" + issued.getString("id") + "/verification", null);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.object().getString("outcome")).isEqualTo("GENUINE");
  }

  @Test
  void aPersonExportsOnlyTheirOwnAndHrOnlyWithAShareCode() {
    JsonObject mine = issue("staff");
    String other = Api.tokenFor("carehome.staff");
    assertThat(Api.get("/passport/api/people/me/credentials/" + mine.getString("id"), other).status()).isEqualTo(404);
    assertThat(Api.send("DELETE", "/passport/api/people/me/credentials/" + mine.getString("id"), other, null, null).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/people/me/credentials", Api.tokenFor("staff")).json().asJsonArray())
        .anyMatch(c -> c.asJsonObject().getString("id").equals(mine.getString("id")));
    assertThat(Api.post("/passport/api/people/me/credentials", null, "{}").status()).isEqualTo(401);

    String code = Api.post("/passport/api/people/me/share-codes", Api.tokenFor("staff"), "{\"organisationCode\": \"BWC\"}").object().getString("code");
    String export = "{\"shareCode\": \"" + code + "\", \"organisationCode\": \"BWC\"}";
    Api.Reply byHr = Api.post("/passport/api/credentials/exports", Api.tokenFor("carehome.hr"), export);
    assertThat(byHr.status()).as(byHr.toString()).isEqualTo(201);
    assertThat(byHr.object().getString("issuedFor")).isEqualTo("BWC");
    assertThat(verify(byHr.object().getString("credential")).getString("outcome")).isEqualTo("GENUINE");
    assertThat(Api.get("/passport/api/people/me/access-log", Api.tokenFor("staff")).json().asJsonArray())
        .anyMatch(l -> l.asJsonObject().toString().contains("CREDENTIAL_EXPORT"));

    assertThat(Api.post("/passport/api/credentials/exports", Api.tokenFor("carehome.hr"),
        "{\"shareCode\": \"AAAA-BBBB-CCCC\", \"organisationCode\": \"BWC\"}").status()).isEqualTo(404);
    assertThat(Api.post("/passport/api/credentials/exports", Api.tokenFor("carehome.hr"),
        "{\"shareCode\": \"" + code + "\", \"organisationCode\": \"NGH\"}").status()).isEqualTo(403);
    assertThat(Api.post("/passport/api/credentials/exports", Api.tokenFor("carehome.staff"), export).status()).isEqualTo(403);
    assertThat(Api.post("/passport/api/credentials/keys/rotation", Api.tokenFor("hr"), "{}").status()).isEqualTo(403);
  }

  @Test
  void verificationIsPublicButRefusesFloods() throws Exception {
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(PlatformExtension.baseUrl() + "/passport/api/credentials/verify"))
          .header("Content-Type", "text/plain").header("X-Forwarded-For", "203.0.113.77")
          .POST(HttpRequest.BodyPublishers.ofString("not.a.credential", StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() == 429) {
        refused++;
      } else {
        assertThat(reply.statusCode()).isEqualTo(200);
      }
    }
    assertThat(refused).as("checks beyond 30 a minute from one address").isGreaterThanOrEqualTo(10);
    // someone else is not held up by that address's flood
    assertThat(Api.send("POST", "/passport/api/credentials/verify", null, "text/plain", "x.y.z").status()).isEqualTo(200);
  }

  @Test
  void everyCredentialEndpointRefusesBadInputAndOthersCallers() throws Exception {
    JsonObject mine = issue("staff");
    String other = Api.tokenFor("carehome.staff");
    String id = mine.getString("id");
    assertThat(Api.send("GET", "/passport/api/people/me/credentials/" + id + "/pdf", other, null, null, "*/*").status()).isEqualTo(404);
    assertThat(Api.send("GET", "/passport/api/people/me/credentials/" + id + "/credential.jwt", other, null, null, "*/*").status())
        .isEqualTo(404);
    String hr = Api.tokenFor("carehome.hr");
    assertThat(Api.post("/passport/api/credentials/exports", hr, "{\"organisationCode\": \"BWC\"}").status()).as("no share code")
        .isEqualTo(400);
    assertThat(Api.post("/passport/api/credentials/exports", hr, "{}").status()).as("no organisation").isEqualTo(403);
    assertThat(Api.send("GET", "/passport/api/credentials/status/abc", null, null, null, "*/*").status()).isEqualTo(404);
    assertThat(Api.send("GET", "/passport/api/credentials/status/-1", null, null, null, "*/*").status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/credentials/no-such-credential/verification", null).status()).isEqualTo(404);
    assertThat(Api.send("POST", "/passport/api/credentials/verify", null, "text/plain", "x".repeat(70_000)).status()).isEqualTo(400);
    assertThat(Api.send("POST", "/passport/api/credentials/verify", null, "application/json", "{\"credential\": 5").status())
        .isEqualTo(400);

    // an academy admin rotates the signing key: the old key stays published, so what it signed still verifies
    Api.Reply rotated = Api.post("/passport/api/credentials/keys/rotation", Api.tokenFor("admin"), "{}");
    assertThat(rotated.status()).isEqualTo(201);
    String newKey = rotated.object().getString("keyId");
    String jwks = Api.send("GET", "/passport/api/credentials/jwks.json", null, null, null, "*/*").text();
    assertThat(new JsonWebKeySet(jwks).getJsonWebKeys()).hasSizeGreaterThanOrEqualTo(2)
        .first().extracting(k -> k.getKeyId()).isEqualTo(newKey);
    assertThat(verify(mine.getString("credential")).getString("outcome")).isEqualTo("GENUINE");
    assertThat(JWSObject.parse(issue("staff").getString("credential")).getHeader().getKeyID()).isEqualTo(newKey);
  }
}
