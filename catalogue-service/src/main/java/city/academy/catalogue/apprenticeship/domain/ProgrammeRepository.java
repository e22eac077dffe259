package city.academy.catalogue.apprenticeship.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ProgrammeRepository {
  List<Programme> all();

  Optional<Programme> byId(long id);

  Optional<Programme> byStandard(String standardCode);

  Programme add(Programme programme);

  /** Cohorts per programme id. */
  Map<Long, Long> cohortCounts();
}
