package city.academy.passport.framework.infrastructure;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.framework.domain.TrainingFramework;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the framework from {@code academy.framework.location}: {@code classpath:...} for the copy
 * packaged from {@code config/framework}, or a file path for a partnership's own edition.
 */
@ApplicationScoped
public class FrameworkSource {
  private static final Logger LOG = Logger.getLogger(FrameworkSource.class.getName());

  private TrainingFramework framework;

  protected FrameworkSource() {}

  @Inject
  public FrameworkSource(@ConfigProperty(name = "academy.framework.location") String location) {
    this.framework = new TrainingFramework(read(location));
    LOG.info(() -> "Training framework " + framework.data().id() + " " + framework.version() + " loaded from " + location);
  }

  @Produces
  public TrainingFramework framework() {
    return framework;
  }

  public static TrainingFrameworkDto read(String location) {
    try (InputStream in = open(location); Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, TrainingFrameworkDto.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the training framework at " + location, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the training framework at " + location + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String location) throws IOException {
    if (location.startsWith("classpath:")) {
      String resource = location.substring("classpath:".length());
      InputStream in = FrameworkSource.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IOException("no such resource " + resource);
      }
      return in;
    }
    return Files.newInputStream(Path.of(location));
  }
}
