package city.academy.catalogue.message.infrastructure;

import city.academy.catalogue.message.domain.EmailDelivery;
import city.academy.catalogue.message.domain.EmailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox in SQL that H2 and PostgreSQL both run: {@code FOR UPDATE SKIP LOCKED} to pick due rows
 * another sender is not claiming, then a conditional {@code UPDATE} per row (both databases re-check
 * its {@code WHERE} after waiting for a concurrent writer, so exactly one sender wins a row).
 */
@ApplicationScoped
public class JpaEmailOutbox implements EmailOutbox {
  private static final String FREE = "sent_at IS NULL AND refused_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)";
  /** Due rows nobody holds, skipping those another sender is locking: (now, now). */
  static final String DUE = "SELECT id FROM email_outbox WHERE next_attempt_at <= ? AND " + FREE
      + " ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";
  /** Claims one row if still free: (sender, until, id, now). */
  static final String CLAIM = "UPDATE email_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND " + FREE;

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public EmailDelivery add(EmailDelivery delivery) {
    em.persist(delivery);
    return delivery;
  }

  @Override
  public Optional<EmailDelivery> byId(long id) {
    return Optional.ofNullable(em.find(EmailDelivery.class, id));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Long> claimDue(String sender, OffsetDateTime now, OffsetDateTime until, int limit) {
    List<Object> due = em.createNativeQuery(DUE.formatted(Math.max(1, limit)))
        .setParameter(1, now).setParameter(2, now).getResultList();
    List<Long> claimed = new ArrayList<>();
    for (Object id : due) {
      long row = ((Number) id).longValue();
      int updated = em.createNativeQuery(CLAIM)
          .setParameter(1, sender).setParameter(2, until).setParameter(3, row).setParameter(4, now).executeUpdate();
      if (updated == 1) {
        claimed.add(row);
      }
    }
    return claimed;
  }

  @Override
  public boolean markSent(long id, String sender, String sentTo, OffsetDateTime at) {
    return em.createNativeQuery("UPDATE email_outbox SET sent_at = ?, sent_to = ?, attempts = attempts + 1, claimed_by = NULL,"
            + " claimed_until = NULL, last_error = NULL WHERE id = ? AND claimed_by = ? AND sent_at IS NULL")
        .setParameter(1, at).setParameter(2, sentTo).setParameter(3, id).setParameter(4, sender).executeUpdate() == 1;
  }

  @Override
  public boolean markRetry(long id, String sender, OffsetDateTime nextAttempt, String error) {
    return em.createNativeQuery("UPDATE email_outbox SET next_attempt_at = ?, attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
            + " claimed_until = NULL WHERE id = ? AND claimed_by = ? AND sent_at IS NULL")
        .setParameter(1, nextAttempt).setParameter(2, clip(error)).setParameter(3, id).setParameter(4, sender).executeUpdate() == 1;
  }

  @Override
  public boolean markRefused(long id, String sender, String error, OffsetDateTime at) {
    return em.createNativeQuery("UPDATE email_outbox SET refused_at = ?, attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
            + " claimed_until = NULL WHERE id = ? AND claimed_by = ? AND sent_at IS NULL")
        .setParameter(1, at).setParameter(2, clip(error)).setParameter(3, id).setParameter(4, sender).executeUpdate() == 1;
  }

  private static String clip(String error) {
    return error == null || error.length() <= 500 ? error : error.substring(0, 500);
  }
}
