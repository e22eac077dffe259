package city.academy.passport.api;

/** A partner organisation. */
public record OrganisationDto(String code, String name, String type, String sector) {}
