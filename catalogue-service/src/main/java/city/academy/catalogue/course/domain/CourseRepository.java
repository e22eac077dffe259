package city.academy.catalogue.course.domain;

import city.academy.platform.problem.Paging;
import java.util.List;
import java.util.Optional;

/** Where courses are kept. */
public interface CourseRepository {
  List<Course> page(Paging paging);

  long count();

  Optional<Course> byId(long id);

  Course add(Course course);

  /** One provider's courses, by title. */
  List<Course> pageOf(String providerCode, Paging paging);

  long countOf(String providerCode);
}
