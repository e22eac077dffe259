package city.academy.passport.api;

/**
 * HR exports an incoming person's passport with the share code the person gave them.
 *
 * @param shareCode the person's share code
 * @param organisationCode the receiving organisation (the caller must be its HR admin)
 */
public record CredentialExportRequest(String shareCode, String organisationCode) {}
