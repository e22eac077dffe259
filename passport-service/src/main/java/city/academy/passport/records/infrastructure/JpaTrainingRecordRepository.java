package city.academy.passport.records.infrastructure;

import city.academy.passport.people.domain.Person;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.records.domain.TrainingRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaTrainingRecordRepository implements TrainingRecordRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public List<TrainingRecord> historyOf(Person person) {
    return em.createQuery(
            "select r from TrainingRecord r left join fetch r.attestedBy where r.person = :person"
                + " order by r.enteredAt desc, r.id desc",
            TrainingRecord.class)
        .setParameter("person", person)
        .getResultList();
  }

  @Override
  public java.util.Optional<TrainingRecord> byId(long id) {
    return java.util.Optional.ofNullable(em.find(TrainingRecord.class, id));
  }

  @Override
  public boolean isSuperseded(TrainingRecord record) {
    return !em.createQuery("select r.id from TrainingRecord r where r.supersedes = :record", Long.class)
        .setParameter("record", record).setMaxResults(1).getResultList().isEmpty();
  }

  @Override
  public boolean holds(Person person, String subject, String level, java.time.LocalDate completedOn, TrainingRecord.Source source) {
    return !em.createQuery(
            "select r.id from TrainingRecord r where r.person = :person and r.subjectCode = :subject and r.levelCode = :level"
                + " and r.completedOn = :completed and r.source = :source and r.kind <> :revocation"
                + " and not exists (select s.id from TrainingRecord s where s.supersedes = r)", Long.class)
        .setParameter("person", person).setParameter("subject", subject).setParameter("level", level)
        .setParameter("completed", completedOn).setParameter("source", source)
        .setParameter("revocation", TrainingRecord.Kind.REVOCATION)
        .setMaxResults(1).getResultList().isEmpty();
  }

  @Override
  public TrainingRecord add(TrainingRecord record) {
    em.persist(record);
    return record;
  }

  @Override
  public java.util.Optional<TrainingRecord> bySourceReference(String reference) {
    return em.createQuery("select r from TrainingRecord r where r.sourceReference = :reference", TrainingRecord.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean flushUnlessDuplicate() {
    try {
      em.flush();
      return true;
    } catch (jakarta.persistence.PersistenceException e) {
      return false;
    }
  }
}
