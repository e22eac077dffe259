package city.academy.city;

import java.util.List;

/**
 * A member of staff with their posts (current and ended) and their training history.
 *
 * @param personId passport identity, {@code OWA-} and 8 Crockford base32 characters
 * @param givenName invented given name
 * @param familyName invented family name
 * @param email at an {@code example.org} address
 * @param employments current posts first (the main post first), then ended ones
 * @param records training records, oldest first
 */
public record GeneratedPerson(
    String personId,
    String givenName,
    String familyName,
    String email,
    List<GeneratedEmployment> employments,
    List<GeneratedRecord> records) {

  public GeneratedPerson {
    employments = List.copyOf(employments);
    records = List.copyOf(records);
  }
}
