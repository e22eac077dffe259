package city.academy.platform.mail;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where and how mail goes, from configuration ({@code academy.mail.*}, docs/operations.md).
 *
 * @param mode {@link Mode#FILE} (the embedded default: each message a .eml file in a folder a person
 *     can open) or {@link Mode#SMTP}
 * @param startTls upgrade the connection with STARTTLS, and refuse to send without it
 * @param tls connect over TLS from the start (SMTPS, usually port 465)
 * @param timeoutMillis for connecting, reading and writing (Jakarta Mail waits for ever otherwise)
 * @param domain the right-hand side of Message-IDs
 */
public record MailSettings(Mode mode, String host, int port, boolean startTls, boolean tls, String username, String password,
    String from, String fromName, Path folder, int timeoutMillis, String domain) {

  /** How mail leaves. */
  public enum Mode {
    FILE, SMTP
  }

  /**
   * @param config reads a key (e.g. {@code academy.mail.host}); empty when not set
   * @param dataFolder the platform's data folder, for the default mail folder
   * @throws IllegalArgumentException for a value that is not one
   */
  public static MailSettings from(Function<String, Optional<String>> config, Path dataFolder) {
    String modeText = config.apply("academy.mail.mode").orElse("file").strip().toUpperCase(Locale.ROOT);
    Mode mode;
    try {
      mode = Mode.valueOf(modeText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("academy.mail.mode is file or smtp, not " + modeText.toLowerCase(Locale.ROOT) + ".");
    }
    boolean tls = flag(config, "academy.mail.tls", false);
    return new MailSettings(mode,
        config.apply("academy.mail.host").orElse("127.0.0.1"),
        number(config, "academy.mail.port", tls ? 465 : 25),
        flag(config, "academy.mail.starttls", false),
        tls,
        config.apply("academy.mail.username").orElse(null),
        config.apply("academy.mail.password").orElse(null),
        config.apply("academy.mail.from").orElse("no-reply@academy.local"),
        config.apply("academy.mail.from-name").orElse("One Workforce Academy"),
        config.apply("academy.mail.folder").map(Path::of).orElse(dataFolder.resolve("outbox")),
        number(config, "academy.mail.timeout-ms", 10_000),
        config.apply("academy.mail.domain").orElse("academy.local"));
  }

  /** The Jakarta Mail session properties for SMTP. */
  public Properties smtpProperties() {
    String protocol = tls ? "smtps" : "smtp";
    Properties p = new Properties();
    p.put("mail.transport.protocol", protocol);
    p.put("mail." + protocol + ".host", host);
    p.put("mail." + protocol + ".port", String.valueOf(port));
    p.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
    p.put("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
    p.put("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
    p.put("mail." + protocol + ".from", from);
    p.put("mail." + protocol + ".auth", String.valueOf(username != null));
    if (startTls) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (tls) {
      p.put("mail.smtps.ssl.checkserveridentity", "true");
    }
    return p;
  }

  private static boolean flag(Function<String, Optional<String>> config, String key, boolean otherwise) {
    return config.apply(key).map(v -> {
      String value = v.strip().toLowerCase(Locale.ROOT);
      if (!value.equals("true") && !value.equals("false")) {
        throw new IllegalArgumentException(key + " is true or false, not " + v + ".");
      }
      return value.equals("true");
    }).orElse(otherwise);
  }

  private static int number(Function<String, Optional<String>> config, String key, int otherwise) {
    return config.apply(key).map(v -> {
      try {
        int n = Integer.parseInt(v.strip());
        if (n <= 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " is a whole number above 0, not " + v + ".");
      }
    }).orElse(otherwise);
  }
}
