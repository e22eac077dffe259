package city.academy.passport.imports.infrastructure;

import city.academy.passport.framework.domain.TrainingFramework;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reader of import files, with the mapping tables from {@code academy.imports.mappings.location}
 * ({@code classpath:imports}, packaged from {@code config/imports}, or a folder of a partnership's own).
 */
@ApplicationScoped
public class ImportReaderProducer {

  @Inject TrainingFramework framework;

  @Inject
  @ConfigProperty(name = "academy.imports.mappings.location", defaultValue = "classpath:imports")
  String location;

  @Produces
  @Singleton
  CsvImportReader reader() {
    return new CsvImportReader(ImportMappings.load(location), framework);
  }
}
