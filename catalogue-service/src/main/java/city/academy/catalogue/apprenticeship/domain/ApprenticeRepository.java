package city.academy.catalogue.apprenticeship.domain;

import city.academy.platform.problem.Paging;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ApprenticeRepository {
  Optional<Apprentice> byId(long id);

  /** The apprentice with its row locked until the transaction ends (every change goes through here). */
  Optional<Apprentice> lockedById(long id);

  boolean enrolled(long cohortId, String personId);

  Apprentice add(Apprentice apprentice);

  /**
   * @param employers null: all the cohort's apprentices; otherwise only these employers'
   */
  List<Apprentice> ofCohort(long cohortId, Set<String> employers, Paging paging);

  long countOfCohort(long cohortId, Set<String> employers);

  List<Apprentice> ofEmployer(String employerCode, Paging paging);

  long countOfEmployer(String employerCode);

  List<Apprentice> ofPerson(String personId);

  List<Apprentice> managedBy(String lineManagerPersonId);

  /** Report rows with equality answers: one cohort's (employers null: all of them), or every cohort's (cohortId null). */
  List<ApprenticeLine> lines(Long cohortId, Set<String> employers);

  Optional<OtjEntry> entry(long entryId);

  Optional<EqualityDeclaration> equality(String personId);

  EqualityDeclaration addEquality(EqualityDeclaration declaration);
}
