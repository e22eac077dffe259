package city.academy.catalogue.message.application;

import city.academy.catalogue.message.domain.Message;

/**
 * Fired when a message is stored. Another channel (email, text) observes it after the transaction
 * succeeds ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so nothing is sent for a
 * change that was rolled back.
 */
public record MessageLeft(Message message) {}
