package city.academy.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the verified token of the current request into a {@link Caller}. */
@RequestScoped
public class CallerProducer {

  @Inject JsonWebToken token;

  /** Dependent: a {@link Caller} is an immutable record, made for each bean that asks. */
  @Produces
  public Caller caller() {
    if (token == null || token.getRawToken() == null) {
      return Caller.anonymous();
    }
    return fromClaims(
        token.getClaim(TokenClaims.PERSON),
        token.getName(),
        token.getGroups(),
        token.getClaim(TokenClaims.EMPLOYED_AT),
        token.getClaim(TokenClaims.HR_ADMIN_OF),
        token.getClaim(TokenClaims.PROVIDER_FOR),
        token.getClaim(TokenClaims.NAME));
  }

  static Caller fromClaims(
      Object person,
      String username,
      Set<String> groups,
      Object employedAt,
      Object hrAdminOf,
      Object providerFor,
      Object name) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (groups != null) {
      for (String group : groups) {
        for (Role role : Role.values()) {
          if (role.name().equals(group)) {
            roles.add(role);
          }
        }
      }
    }
    return new Caller(
        person == null ? null : stringOf(person),
        username,
        roles,
        codes(employedAt),
        codes(hrAdminOf),
        codes(providerFor),
        name == null ? null : stringOf(name));
  }

  /** MP-JWT hands JSON arrays over as {@code JsonArray} (of {@code JsonString}) or a collection. */
  private static Set<String> codes(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(CallerProducer::stringOf).collect(Collectors.toSet());
    }
    return Set.of();
  }

  private static String stringOf(Object value) {
    if (value instanceof jakarta.json.JsonString json) {
      return json.getString();
    }
    return String.valueOf(value);
  }
}
