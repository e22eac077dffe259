package city.academy.catalogue.message.application;

import java.util.Optional;

/** Where to write to a person: the passport service knows (it owns people). */
public interface Recipients {

  /**
   * A person's name and address; {@code email} null when the passport has none.
   *
   * @param organisations their current employers, whose HR admins hear of an address that does not work
   */
  record Recipient(String name, String email, java.util.List<String> organisations) {
    public Recipient {
      organisations = organisations == null ? java.util.List.of() : java.util.List.copyOf(organisations);
    }

    public Recipient(String name, String email) {
      this(name, email, java.util.List.of());
    }
  }

  /**
   * @return the person, or empty when the passport has nobody with that identity
   * @throws IllegalStateException when the passport cannot be asked just now (try again later)
   */
  Optional<Recipient> of(String personId);
}
