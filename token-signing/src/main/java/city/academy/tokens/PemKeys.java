package city.academy.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads the RSA signing key from a PKCS#8 PEM file, with plain JDK classes. */
public final class PemKeys {
  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";

  private PemKeys() {}

  /**
   * @throws TokenSigningUnavailableException when the file is missing, unreadable or not an
   *     unencrypted PKCS#8 RSA key; the message says what to do
   */
  public static RSAPrivateKey readRsaPrivateKey(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TokenSigningUnavailableException(
          "Tokens cannot be signed: there is no private key at "
              + file.toAbsolutePath()
              + ". Set academy.token.private-key.location to a PKCS#8 PEM file (the launcher writes"
              + " one into its data folder and sets it).");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new TokenSigningUnavailableException(
          "Tokens cannot be signed: the private key at " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Parses PEM text holding one unencrypted PKCS#8 RSA private key. */
  public static RSAPrivateKey parse(String pem, String where) {
    int begin = pem.indexOf(BEGIN);
    int end = pem.indexOf(END);
    if (begin < 0 || end < begin) {
      String hint =
          pem.contains("BEGIN RSA PRIVATE KEY")
              ? " It is a PKCS#1 key; convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem"
              : "";
      throw new TokenSigningUnavailableException(
          "Tokens cannot be signed: " + where + " is not a PKCS#8 PEM private key (" + BEGIN + ")." + hint);
    }
    String base64 = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
      throw new TokenSigningUnavailableException(
          "Tokens cannot be signed: " + where + " does not hold a valid RSA private key.", e);
    }
  }
}
