package city.academy.passport.credentials.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys passport credentials are signed with: ES256 (P-256) keys kept as JWK files in
 * {@code academy.passport.credentials.keys-directory}, outside the repository (the launcher uses
 * its data folder), generated on first start. One key signs; rotating makes a new one the signer
 * and keeps the old ones, so credentials signed before still verify. All public keys are published
 * as a JWKS.
 *
 * <p>Every instance of a cluster reads the same folder (a shared volume, or a secret mounted on
 * each). A key made by another instance (a rotation there, or two instances making the first key
 * at the same moment) is seen here at the next use: the folder is read again whenever it or the
 * active key's name has changed since it was last read, so all instances sign with the same key and
 * publish the same set.
 */
@ApplicationScoped
public class CredentialKeys {
  private static final Logger LOG = Logger.getLogger(CredentialKeys.class.getName());
  private static final String ACTIVE = "active-key-id";
  private static final String SUFFIX = ".private.jwk.json";

  private Path directory;
  private volatile List<ECKey> keys = List.of();
  private volatile ECKey active;
  /** The folder's and the active key name's modification times when the keys were last read. */
  private volatile List<FileTime> readAt = List.of();

  protected CredentialKeys() {}

  @Inject
  public CredentialKeys(@ConfigProperty(name = "academy.passport.credentials.keys-directory") Optional<String> directory) {
    this(Path.of(directory.filter(d -> !d.isBlank())
        .orElse(Path.of(System.getProperty("java.io.tmpdir"), "academy-credential-keys").toString())));
  }

  public CredentialKeys(Path directory) {
    this.directory = directory;
    load();
    if (active == null) {
      rotate();
    }
  }

  /** The key that signs new credentials. */
  public ECKey active() {
    refreshIfChanged();
    return active;
  }

  /** A published key by its id (current or retired), with its private part. */
  public Optional<ECKey> byId(String keyId) {
    refreshIfChanged();
    return keys.stream().filter(k -> k.getKeyID().equals(keyId)).findFirst();
  }

  /** Every key's public part, the signing key first: what a verifier needs. */
  public JWKSet publicKeys() {
    refreshIfChanged();
    List<com.nimbusds.jose.jwk.JWK> published = new ArrayList<>();
    published.add(active.toPublicJWK());
    keys.stream().filter(k -> !k.getKeyID().equals(active.getKeyID())).forEach(k -> published.add(k.toPublicJWK()));
    return new JWKSet(published);
  }

  /** Makes a new key the signer; the old ones stay published. Answers the new key's id. */
  public synchronized String rotate() {
    try {
      Files.createDirectories(directory);
      ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint(true).issueTime(new Date()).generate();
      Path file = directory.resolve(key.getKeyID() + SUFFIX);
      writePrivately(file, key.toJSONString());
      writePrivately(directory.resolve(ACTIVE), key.getKeyID());
      load();
      LOG.info(() -> "Passport credentials are now signed with key " + key.getKeyID() + " (" + directory + ")");
      return key.getKeyID();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a credential signing key", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep a credential signing key in " + directory, e);
    }
  }

  /** Reads the folder again if another instance (or another rotation) has changed it. */
  private void refreshIfChanged() {
    if (!modificationTimes().equals(readAt)) {
      synchronized (this) {
        if (!modificationTimes().equals(readAt)) {
          load();
        }
      }
    }
  }

  private List<FileTime> modificationTimes() {
    try {
      Path activeFile = directory.resolve(ACTIVE);
      return List.of(Files.getLastModifiedTime(directory),
          Files.exists(activeFile) ? Files.getLastModifiedTime(activeFile) : FileTime.fromMillis(0));
    } catch (IOException e) {
      return List.of();
    }
  }

  private void load() {
    if (!Files.isDirectory(directory)) {
      return;
    }
    readAt = modificationTimes();
    List<ECKey> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        try {
          found.add(ECKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (ParseException e) {
          throw new IllegalStateException("Not a signing key: " + file + ": " + e.getMessage(), e);
        }
      }
      found.sort(Comparator.comparing((ECKey k) -> k.getIssueTime() == null ? Date.from(Instant.EPOCH) : k.getIssueTime()));
      keys = List.copyOf(found);
      Path activeFile = directory.resolve(ACTIVE);
      String activeId = Files.exists(activeFile) ? Files.readString(activeFile, StandardCharsets.UTF_8).strip() : null;
      active = keys.stream().filter(k -> k.getKeyID().equals(activeId)).findFirst()
          .orElse(keys.isEmpty() ? null : keys.get(keys.size() - 1));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the credential signing keys in " + directory, e);
    }
  }

  private static void writePrivately(Path file, String text) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp-" + DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(':', '-'));
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own protection applies
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
