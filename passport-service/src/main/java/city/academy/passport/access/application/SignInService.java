package city.academy.passport.access.application;

import city.academy.passport.access.domain.UserAccount;
import city.academy.passport.access.domain.UserAccountRepository;
import city.academy.passport.api.PrincipalDto;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a password and says who the person is: their roles (staff always; line manager when
 * someone reports to them; the roles granted to their account) and their organisations.
 */
@ApplicationScoped
@Transactional
public class SignInService {
  private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

  private UserAccountRepository accounts;
  private PersonRepository people;
  private Pbkdf2PasswordHash hasher;
  /** Checked when the username is unknown, so a wrong name takes as long as a wrong password. */
  private volatile String decoyHash;

  protected SignInService() {}

  @Inject
  public SignInService(UserAccountRepository accounts, PersonRepository people, Pbkdf2PasswordHash hasher) {
    this.accounts = accounts;
    this.people = people;
    this.hasher = hasher;
  }

  /** The principal for a correct username and password; empty otherwise. */
  public Optional<PrincipalDto> check(String username, String password) {
    Optional<UserAccount> account = accounts.byUsername(username.strip().toLowerCase());
    if (account.isEmpty()) {
      hasher.verify(password.toCharArray(), decoy());
      LOG.info(() -> "Sign-in refused: unknown username");
      return Optional.empty();
    }
    UserAccount found = account.get();
    if (!found.enabled() || !hasher.verify(password.toCharArray(), found.passwordHash())) {
      LOG.info(() -> "Sign-in refused for " + found.username());
      return Optional.empty();
    }
    return Optional.of(principalOf(found));
  }

  public String hash(String password) {
    return hasher.generate(password.toCharArray());
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.generate("decoy-password-never-used".toCharArray());
    }
    return decoyHash;
  }

  PrincipalDto principalOf(UserAccount account) {
    Person person = account.person();
    Set<Role> roles = EnumSet.of(Role.STAFF);
    if (people.managesAnyone(person)) {
      roles.add(Role.LINE_MANAGER);
    }
    account.grants().forEach(grant -> roles.add(grant.role()));
    List<PrincipalDto.PostDto> posts =
        person.employmentsOn(LocalDate.now()).stream().map(SignInService::postOf).toList();
    return new PrincipalDto(
        account.username(),
        person.passportId(),
        person.displayName(),
        roles.stream().map(Role::name).toList(),
        posts,
        List.copyOf(account.organisationsFor(Role.HR_ADMIN)),
        List.copyOf(account.organisationsFor(Role.PROVIDER)));
  }

  private static PrincipalDto.PostDto postOf(Employment e) {
    return new PrincipalDto.PostDto(
        e.organisation().code(), e.organisation().name(), e.jobRole(), e.staffGroup());
  }
}
