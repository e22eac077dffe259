package city.academy.passport.framework.domain;

import java.util.List;

/**
 * A subject a person must hold at (at least) a level, and the rules that say so.
 *
 * @param subject subject code
 * @param level the highest level any of the person's posts requires
 * @param rules ids of the rules that require the subject
 */
public record Requirement(String subject, String level, List<String> rules) {}
