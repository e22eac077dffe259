package city.academy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The key pair the portal signs service tokens with. Made once, on first start, in the data
 * folder (never in the repository); kept across restarts so issued tokens stay valid.
 */
public final class TokenKeys {
  public static final String PRIVATE_KEY = "token-private.pem";
  public static final String PUBLIC_KEY = "token-public.pem";

  private TokenKeys() {}

  /** Creates the pair in {@code directory} unless it is there already. */
  public static void ensure(Path directory) throws IOException {
    Path privateKey = directory.resolve(PRIVATE_KEY);
    Path publicKey = directory.resolve(PUBLIC_KEY);
    if (Files.exists(privateKey) && Files.exists(publicKey)) {
      return;
    }
    Files.createDirectories(directory);
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot make an RSA key pair", e);
    }
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    try {
      Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system: rely on the data folder's own permissions
    }
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
