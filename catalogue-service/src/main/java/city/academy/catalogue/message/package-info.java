/**
 * Messages left for people: confirmations, waitlist promotions, approvals needed, cancellations.
 * Stored and shown in the portal, and emailed: each message is queued in the email outbox with it
 * and sent by {@code EmailSender} (ADR 0010).
 */
package city.academy.catalogue.message;
