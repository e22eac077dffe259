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
   * Replaces {@code ${NAME}}. A connection-pool property whose value is blank is left out, since
   * asadmin cannot take an empty value (e.g. no password with trust authentication).
   */
  static String fill(String template, Map<String, String> values) {
    String withoutBlank = template;
    for (var entry : values.entrySet()) {
      if (entry.getValue() == null || entry.getValue().isEmpty()) {
        withoutBlank = withoutBlank.replace(":password=${" + entry.getKey() + "}", "");
      }
    }
    Matcher matcher = PLACEHOLDER.matcher(withoutBlank);
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
    return name.endsWith("_URL") ? value : value.replace(":", "\\:");
  }
}
