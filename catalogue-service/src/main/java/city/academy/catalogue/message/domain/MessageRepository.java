package city.academy.catalogue.message.domain;

import city.academy.platform.problem.Paging;
import java.util.List;
import java.util.Optional;

/** Where messages are kept. */
public interface MessageRepository {
  Message add(Message message);

  Optional<Message> byId(long id);

  /** A person's messages, newest first. */
  List<Message> ofPerson(String personId, Paging paging);

  long countOfPerson(String personId);

  long unreadOfPerson(String personId);
}
