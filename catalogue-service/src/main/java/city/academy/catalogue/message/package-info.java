/**
 * Messages left for people: confirmations, waitlist promotions, approvals needed, cancellations.
 * Stored and shown in the portal; other channels (email) plug in by observing {@code MessageLeft}.
 */
package city.academy.catalogue.message;
