package city.academy.catalogue.apprenticeship.infrastructure;

import city.academy.catalogue.apprenticeship.domain.Apprentice;
import city.academy.catalogue.apprenticeship.domain.ApprenticeLine;
import city.academy.catalogue.apprenticeship.domain.ApprenticeRepository;
import city.academy.catalogue.apprenticeship.domain.ApprenticeStatus;
import city.academy.catalogue.apprenticeship.domain.EqualityCharacteristic;
import city.academy.catalogue.apprenticeship.domain.EqualityDeclaration;
import city.academy.catalogue.apprenticeship.domain.Grade;
import city.academy.catalogue.apprenticeship.domain.OtjEntry;
import city.academy.catalogue.apprenticeship.domain.WithdrawalReason;
import city.academy.platform.problem.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaApprenticeRepository implements ApprenticeRepository {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Optional<Apprentice> byId(long id) {
    return Optional.ofNullable(em.find(Apprentice.class, id));
  }

  @Override
  public Optional<Apprentice> lockedById(long id) {
    return Optional.ofNullable(em.find(Apprentice.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean enrolled(long cohortId, String personId) {
    return em.createQuery("select count(a) from Apprentice a where a.cohort.id = :cohort and a.personId = :person", Long.class)
        .setParameter("cohort", cohortId).setParameter("person", personId).getSingleResult() > 0;
  }

  @Override
  public Apprentice add(Apprentice apprentice) {
    em.persist(apprentice);
    em.flush(); // a second enrolment of the same person, raced past the check, fails here on the unique key
    return apprentice;
  }

  @Override
  public List<Apprentice> ofCohort(long cohortId, Set<String> employers, Paging paging) {
    if (employers != null && employers.isEmpty()) {
      return List.of();
    }
    TypedQuery<Apprentice> query = em.createQuery("select a from Apprentice a where a.cohort.id = :cohort"
        + (employers == null ? "" : " and a.employerCode in :employers") + " order by a.personName, a.id", Apprentice.class)
        .setParameter("cohort", cohortId);
    if (employers != null) {
      query.setParameter("employers", employers);
    }
    return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  @Override
  public long countOfCohort(long cohortId, Set<String> employers) {
    if (employers != null && employers.isEmpty()) {
      return 0;
    }
    TypedQuery<Long> query = em.createQuery("select count(a) from Apprentice a where a.cohort.id = :cohort"
        + (employers == null ? "" : " and a.employerCode in :employers"), Long.class).setParameter("cohort", cohortId);
    if (employers != null) {
      query.setParameter("employers", employers);
    }
    return query.getSingleResult();
  }

  @Override
  public List<Apprentice> ofEmployer(String employerCode, Paging paging) {
    return em.createQuery("select a from Apprentice a where a.employerCode = :employer order by a.personName, a.id", Apprentice.class)
        .setParameter("employer", employerCode).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
  }

  @Override
  public long countOfEmployer(String employerCode) {
    return em.createQuery("select count(a) from Apprentice a where a.employerCode = :employer", Long.class)
        .setParameter("employer", employerCode).getSingleResult();
  }

  @Override
  public List<Apprentice> ofPerson(String personId) {
    return em.createQuery("select a from Apprentice a where a.personId = :person order by a.startDate desc, a.id", Apprentice.class)
        .setParameter("person", personId).getResultList();
  }

  @Override
  public List<Apprentice> managedBy(String lineManagerPersonId) {
    return em.createQuery("select a from Apprentice a where a.lineManagerPersonId = :manager order by a.personName, a.id", Apprentice.class)
        .setParameter("manager", lineManagerPersonId).setMaxResults(500).getResultList();
  }

  @Override
  public List<ApprenticeLine> lines(Long cohortId, Set<String> employers) {
    if (employers != null && employers.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql = new StringBuilder("select a.id, a.cohort.id, a.personId, a.personName, a.employerCode, a.startDate,"
        + " a.plannedEndDate, a.plannedOtjHours, a.status, a.statusSince, a.withdrawalReason, a.grade, a.breakDays, a.lastReviewOn,"
        + " a.confirmedOtj, a.pendingOtj, e.ethnicity, e.sex, e.disability, e.deprivationDecile"
        + " from Apprentice a left join EqualityDeclaration e on e.personId = a.personId where 1 = 1");
    if (cohortId != null) {
      jpql.append(" and a.cohort.id = :cohort");
    }
    if (employers != null) {
      jpql.append(" and a.employerCode in :employers");
    }
    jpql.append(" order by a.personName, a.id");
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
    if (cohortId != null) {
      query.setParameter("cohort", cohortId);
    }
    if (employers != null) {
      query.setParameter("employers", employers);
    }
    return query.getResultStream().map(JpaApprenticeRepository::line).toList();
  }

  private static ApprenticeLine line(Object[] r) {
    Map<EqualityCharacteristic, String> answers = new EnumMap<>(EqualityCharacteristic.class);
    EqualityCharacteristic[] questions = EqualityCharacteristic.values();
    for (int i = 0; i < questions.length; i++) {
      if (r[16 + i] != null) {
        answers.put(questions[i], (String) r[16 + i]);
      }
    }
    return new ApprenticeLine((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (LocalDate) r[5], (LocalDate) r[6],
        ((Number) r[7]).intValue(), (ApprenticeStatus) r[8], (LocalDate) r[9], (WithdrawalReason) r[10], (Grade) r[11],
        ((Number) r[12]).intValue(), (LocalDate) r[13], (BigDecimal) r[14], (BigDecimal) r[15], answers);
  }

  @Override
  public Optional<OtjEntry> entry(long entryId) {
    return Optional.ofNullable(em.find(OtjEntry.class, entryId));
  }

  @Override
  public Optional<EqualityDeclaration> equality(String personId) {
    return Optional.ofNullable(em.find(EqualityDeclaration.class, personId));
  }

  @Override
  public EqualityDeclaration addEquality(EqualityDeclaration declaration) {
    em.persist(declaration);
    return declaration;
  }
}
