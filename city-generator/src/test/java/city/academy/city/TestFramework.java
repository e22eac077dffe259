package city.academy.city;

import city.academy.passport.api.TrainingFrameworkDto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The real framework file, as the build passes it (or found from the module directory). */
final class TestFramework {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static TrainingFrameworkDto framework;

  private TestFramework() {}

  static synchronized TrainingFrameworkDto load() {
    if (framework == null) {
      String configured = System.getProperty("framework.file");
      Path file =
          configured != null && Files.isRegularFile(Path.of(configured))
              ? Path.of(configured)
              : FrameworkJson.locate(Path.of(""));
      framework = FrameworkJson.read(file);
    }
    return framework;
  }
}
