package city.academy.web.platform;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the Faces project stage from MicroProfile Config ({@code jakarta.faces.PROJECT_STAGE}, as a
 * system property or environment variable {@code JAKARTA_FACES_PROJECT_STAGE}); Production unless
 * told otherwise, so no development details reach a browser by accident.
 */
public class ProjectStageInitializer implements ServletContainerInitializer {
  private static final Logger LOG = Logger.getLogger(ProjectStageInitializer.class.getName());
  static final String KEY = "jakarta.faces.PROJECT_STAGE";

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    String stage = "Production";
    try {
      stage =
          ConfigProvider.getConfig(getClass().getClassLoader())
              .getOptionalValue(KEY, String.class)
              .filter(s -> !s.isBlank())
              .orElse(stage);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read {0} from MicroProfile Config: {1}", new Object[] {KEY, e});
    }
    if (context.setInitParameter(KEY, stage)) {
      LOG.log(Level.INFO, "Faces project stage: {0}", stage);
    }
  }
}
