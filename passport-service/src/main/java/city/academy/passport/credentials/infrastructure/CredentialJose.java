package city.academy.passport.credentials.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Credentials as JOSE: a VC 2.0 credential is the payload of a JWS with {@code typ: vc+jwt}, signed
 * ES256 with a key named by {@code kid} (VC-JOSE-COSE). Signing and checking a signature only;
 * what the credential says is the application's to judge.
 */
public final class CredentialJose {
  public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

  private CredentialJose() {}

  /** The credential signed with the key, as compact JWS text. */
  public static String sign(Map<String, Object> credential, ECKey key) {
    try {
      JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(VC_JWT).keyID(key.getKeyID()).build(),
          new Payload(credential));
      jws.sign(new ECDSASigner(key));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a credential: " + e.getMessage(), e);
    }
  }

  /** What a signature check found. */
  public enum Check { VALID, NOT_JOSE, TAMPERED, UNKNOWN_KEY, WRONG_TYPE }

  /** A checked text: what was found and, when the signature is valid, the credential. */
  public record Checked(Check check, String keyId, Map<String, Object> credential) {}

  /** Checks the text's signature with the key its header names, looked up by {@code keys}. */
  public static Checked check(String compact, Function<String, Optional<ECKey>> keys) {
    String text = compact == null ? "" : compact.strip();
    if (text.split("\\.", -1).length != 3) {
      return new Checked(Check.NOT_JOSE, null, null);
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(text);
    } catch (ParseException | RuntimeException e) {
      return new Checked(Check.TAMPERED, null, null); // three parts, but one no longer decodes
    }
    JWSHeader header = jws.getHeader();
    if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !VC_JWT.equals(header.getType())) {
      return new Checked(Check.WRONG_TYPE, header.getKeyID(), null);
    }
    Optional<ECKey> key = header.getKeyID() == null ? Optional.empty() : keys.apply(header.getKeyID());
    if (key.isEmpty()) {
      return new Checked(Check.UNKNOWN_KEY, header.getKeyID(), null);
    }
    try {
      if (!jws.verify(new ECDSAVerifier(key.get().toECPublicKey()))) {
        return new Checked(Check.TAMPERED, header.getKeyID(), null);
      }
      Map<String, Object> credential = jws.getPayload().toJSONObject();
      return credential == null ? new Checked(Check.TAMPERED, header.getKeyID(), null)
          : new Checked(Check.VALID, header.getKeyID(), credential);
    } catch (JOSEException | RuntimeException e) {
      return new Checked(Check.TAMPERED, header.getKeyID(), null);
    }
  }
}
