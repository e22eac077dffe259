package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.Message;

/**
 * Fired when a message is stored (it is queued for email in the same transaction: ADR 0010). An
 * observer that must not act on a change that was rolled back observes it
 * {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record MessageLeft(Message message) {}
