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
  public TrainingRecord add(TrainingRecord record) {
    em.persist(record);
    return record;
  }
}
