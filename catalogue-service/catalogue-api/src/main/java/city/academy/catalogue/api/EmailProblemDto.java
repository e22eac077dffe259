package city.academy.catalogue.api;

/**
 * A person whose emails are refused because of their address: what to correct in their record.
 *
 * @param address the address tried, or null when the passport has none
 * @param reason the latest refusal, in words (the mail server's answer, or "no email address")
 * @param emails how many emails were refused
 */
public record EmailProblemDto(String personId, String personName, String address, String reason, MomentDto lastRefusedAt, long emails) {}
