package city.academy.passport.people.infrastructure;

import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  private static final String CURRENT_AT =
      " from Employment e where e.organisation = :organisation and e.startDate <= :today"
          + " and (e.endDate is null or e.endDate >= :today)";

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public Optional<Person> byPassportId(String passportId) {
    // The posts come in the same statement: every caller of this asks for them next.
    return em.createQuery(
            "select distinct p from Person p left join fetch p.employments where p.passportId = :id", Person.class)
        .setParameter("id", passportId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Person add(Person person) {
    em.persist(person);
    return person;
  }

  @Override
  public Optional<Employment> employment(Organisation organisation, String employeeNumber) {
    return em.createQuery(
            "select e from Employment e where e.organisation = :organisation and e.employeeNumber = :number",
            Employment.class)
        .setParameter("organisation", organisation)
        .setParameter("number", employeeNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new IllegalStateException("The change clashes with one just made by someone else; look again and retry.", e);
    }
  }

  @Override
  public List<Person> currentStaffOf(Organisation organisation, Paging paging) {
    return em.createQuery(
            "select p from Person p where p in (select e.person" + CURRENT_AT + ")"
                + " order by p.familyName, p.givenName, p.passportId",
            Person.class)
        .setParameter("organisation", organisation)
        .setParameter("today", LocalDate.now())
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  @Override
  public long countCurrentStaffOf(Organisation organisation) {
    return em.createQuery("select count(distinct e.person)" + CURRENT_AT, Long.class)
        .setParameter("organisation", organisation)
        .setParameter("today", LocalDate.now())
        .getSingleResult();
  }

  @Override
  public List<Person> currentReportsOf(Person manager) {
    return em.createQuery(
            "select distinct p from Person p join p.employments e where e.lineManager = :manager and e.startDate <= :today"
                + " and (e.endDate is null or e.endDate >= :today) order by p.familyName, p.givenName",
            Person.class)
        .setParameter("manager", manager)
        .setParameter("today", LocalDate.now())
        .getResultList();
  }

  @Override
  public boolean managesAnyone(Person person) {
    return !em.createQuery(
            "select e.id from Employment e where e.lineManager = :person"
                + " and (e.endDate is null or e.endDate >= :today)",
            Long.class)
        .setParameter("person", person)
        .setParameter("today", LocalDate.now())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
