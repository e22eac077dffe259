package city.academy.city;

import city.academy.passport.api.TrainingFrameworkDto;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a framework file ({@code config/framework/*.json}) with JSON-B. Needs a JSON-B
 * implementation at run time (Yasson and Parsson outside a container).
 */
public final class FrameworkJson {

  /** The framework file, relative to the repository root. */
  public static final String DEFAULT_FILE = "config/framework/cstf-framework.json";

  private FrameworkJson() {}

  public static TrainingFrameworkDto read(Path file) {
    try (Reader reader = Files.newBufferedReader(file);
        Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(reader, TrainingFrameworkDto.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the framework file " + file, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the framework file " + file, e);
    }
  }

  /** Reads a framework from a stream (e.g. a copy packaged as a class-path resource); closes it. */
  public static TrainingFrameworkDto read(java.io.InputStream in) {
    try (in; Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, TrainingFrameworkDto.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the framework", e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the framework", e);
    }
  }

  /**
   * Finds {@link #DEFAULT_FILE} in {@code start} or the nearest directory above it.
   *
   * @throws IllegalStateException when there is none
   */
  public static Path locate(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DEFAULT_FILE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No " + DEFAULT_FILE + " in " + start.toAbsolutePath() + " or above");
  }
}
