/**
 * Completions on their way to the passport: an outbox written in the same transaction as the
 * completion mark, so a completion is never lost, and keyed so it is never recorded twice.
 * (Delivery with retries comes with the hand-off work.)
 */
package city.academy.catalogue.completion;
