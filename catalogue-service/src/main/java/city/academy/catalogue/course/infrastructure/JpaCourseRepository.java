package city.academy.catalogue.course.infrastructure;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public List<Course> page(Paging paging) {
    return em.createQuery("select c from Course c order by c.title, c.id", Course.class)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Course c", Long.class).getSingleResult();
  }

  @Override
  public Optional<Course> byId(long id) {
    return Optional.ofNullable(em.find(Course.class, id));
  }

  @Override
  public Course add(Course course) {
    em.persist(course);
    return course;
  }

  @Override
  public List<Course> pageOf(String providerCode, Paging paging) {
    return em.createQuery("select c from Course c where c.ownerOrganisationCode = :provider order by c.title, c.id", Course.class)
        .setParameter("provider", providerCode)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  @Override
  public long countOf(String providerCode) {
    return em.createQuery("select count(c) from Course c where c.ownerOrganisationCode = :provider", Long.class)
        .setParameter("provider", providerCode)
        .getSingleResult();
  }
}
