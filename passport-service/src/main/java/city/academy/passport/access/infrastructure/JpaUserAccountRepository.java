package city.academy.passport.access.infrastructure;

import city.academy.passport.access.domain.UserAccount;
import city.academy.passport.access.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }

  @Override
  public boolean isHrAdmin(String passportId, String organisationCode) {
    return em.createQuery("select count(g) from RoleGrant g where g.account.person.passportId = :person and g.account.enabled = true"
            + " and g.role = :role and g.organisation.code = :org", Long.class)
        .setParameter("person", passportId).setParameter("role", city.academy.platform.security.Role.HR_ADMIN)
        .setParameter("org", organisationCode).getSingleResult() > 0;
  }
}
