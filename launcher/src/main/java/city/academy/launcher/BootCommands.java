package city.academy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills in a Payara boot command template from {@code config/payara}. */
final class BootCommands {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

  private BootCommands() {}

  static Path write(Path template, Path target, Map<String, String> values) throws IOException {
    Files.writeString(target, fill(Files.readString(template), values));
    return target;
  }

  /**
   * Replaces {@code ${NAME}}. A blank value becomes asadmin's empty value {@code ()} (e.g. no
   * password with trust authentication: leaving the property out makes the pool refuse to connect).
   */
  static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("No value for ${" + name + "} in a Payara boot command template.");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(escapeProperty(name, value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** asadmin property values separate with ':'; a colon inside a value is escaped (URLs are pre-escaped). */
  private static String escapeProperty(String name, String value) {
    if (value.isEmpty()) {
      return "()";
    }
    return name.endsWith("_URL") ? value : value.replace(":", "\\:");
  }
}
