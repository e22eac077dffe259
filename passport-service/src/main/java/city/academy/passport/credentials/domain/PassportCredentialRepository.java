package city.academy.passport.credentials.domain;

import city.academy.passport.people.domain.Person;
import java.util.List;
import java.util.Optional;

/** Issued passport credentials. */
public interface PassportCredentialRepository {
  /** Adds it and gives it its id (and so its place in the status list). */
  PassportCredential add(PassportCredential credential);

  Optional<PassportCredential> byUuid(String uuid);

  /** The person's credentials, newest first. */
  List<PassportCredential> ofPerson(Person person);

  /** Credentials not yet revoked that assert the record. */
  List<PassportCredential> activeAsserting(long recordId);

  /** The ids of revoked credentials whose ids fall in {@code [from, to)}. */
  List<Long> revokedIdsBetween(long from, long to);
}
