package city.academy.passport.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded files while their import may still read them, in the folder
 * {@code academy.passport.imports.directory} (the launcher points it into its data folder; by
 * default a folder under the system's temporary directory). A finished job's file is removed: the
 * records and the report of rejected rows are what is kept.
 */
@ApplicationScoped
public class ImportFileStore {
  private static final Logger LOG = Logger.getLogger(ImportFileStore.class.getName());

  /** The largest file taken: well above a million-row export (about 100 MB). */
  public static final long MAX_BYTES = 1L << 30;

  private Path directory;

  protected ImportFileStore() {}

  @Inject
  public ImportFileStore(@ConfigProperty(name = "academy.passport.imports.directory") Optional<String> directory) {
    this.directory = Path.of(directory.filter(d -> !d.isBlank())
        .orElse(Path.of(System.getProperty("java.io.tmpdir"), "academy-imports").toString()));
  }

  /** A stored upload and its size. */
  public record Stored(Path path, long size) {}

  /** Thrown when an upload is larger than {@link #MAX_BYTES}; nothing is kept. */
  public static class TooLargeException extends RuntimeException {
    public TooLargeException(String message) {
      super(message);
    }
  }

  /** Copies the upload to a new file, refusing it (and keeping nothing) past the limit. */
  public Stored store(InputStream in, long maxBytes) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve("import-" + UUID.randomUUID() + ".csv");
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          size += n;
          if (size > maxBytes) {
            out.close();
            Files.deleteIfExists(file);
            throw new TooLargeException("The file is larger than " + (maxBytes >> 20) + " MB; split it into smaller files.");
          }
          out.write(buffer, 0, n);
        }
      }
      return new Stored(file, size);
    } catch (IOException e) {
      throw new UncheckedIOException("The upload could not be stored in " + directory, e);
    }
  }

  /** Removes a file no longer needed; a file already gone is fine. */
  public void remove(String path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(Path.of(path));
    } catch (IOException e) {
      LOG.warning(() -> "Could not remove the finished import file " + path + ": " + e.getMessage());
    }
  }
}
