package city.academy.passport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs in the test client, before Arquillian starts Payara Micro: writes what
 * src/test/resources/arquillian.xml points the server at. The boot command files are filled in
 * from the same templates as the launcher's ({@code config/payara}), the same way
 * (city.academy.launcher.BootCommands), so the tests boot the datasource the product boots.
 *
 * <p>Everything goes under {@code academy.it.dir} (target/arquillian/&lt;database&gt;), emptied
 * first: a fresh H2 file each run; on PostgreSQL the test schema is dropped instead.
 */
final class ContainerPreparation {
  static final String PUBLIC_KEY = "keys/token-public.pem";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

  private ContainerPreparation() {}

  static void prepare() {
    try {
      Path dir = Path.of(required("academy.it.dir")).toAbsolutePath();
      boolean postgres = "postgres".equals(required("academy.it.db"));
      Path templates = Path.of(required("academy.it.templates"));

      deleteRecursively(dir);
      deleteEarlierExports(dir.getParent());
      Files.createDirectories(dir.resolve("keys"));
      Files.createDirectories(dir.resolve("db"));
      Files.createDirectories(dir.resolve("tmp"));
      writePublicKey(dir.resolve(PUBLIC_KEY));

      Map<String, String> values = new LinkedHashMap<>();
      values.put("HTTP_ADDRESS", "127.0.0.1");
      values.put("GRID_PORT", required("academy.it.gridPort"));
      values.put("H2_PASSPORT_URL", h2Url(dir.resolve("db/passport")));
      values.put("H2_CATALOGUE_URL", h2Url(dir.resolve("db/catalogue")));
      values.put("PG_HOST", System.getProperty("academy.it.pg.host", "127.0.0.1"));
      values.put("PG_PORT", System.getProperty("academy.it.pg.port", "5432"));
      values.put("PG_DATABASE", System.getProperty("academy.it.pg.database", "test"));
      values.put("PG_USER", System.getProperty("academy.it.pg.user", "postgres"));
      values.put("PG_PASSWORD", System.getProperty("academy.it.pg.password", ""));
      values.put("POOL_MAX", "16");
      values.put("PASSPORT_SCHEMA", System.getProperty("academy.it.pg.schema", "arq_passport"));
      // The template defines the catalogue's pool too; it is never used here.
      values.put("CATALOGUE_SCHEMA", "arq_catalogue_unused");

      write(templates.resolve("pre-boot.asadmin"), dir.resolve("pre-boot.asadmin"), values);
      write(
          templates.resolve(postgres ? "post-boot-postgres.asadmin" : "post-boot-h2.asadmin"),
          dir.resolve("post-boot.asadmin"),
          values);

      if (postgres) {
        dropSchema(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the Arquillian container's files", e);
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set: run the *IT tests through Maven (failsafe).");
    }
    return value;
  }

  /**
   * The connector exports each deployment to a new folder in java.io.tmpdir and never deletes it;
   * failsafe points java.io.tmpdir at target/arquillian, where earlier runs' folders can go.
   */
  private static void deleteEarlierExports(Path arquillianDir) throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (!tmp.equals(arquillianDir)) {
      return; // not ours to tidy
    }
    try (Stream<Path> entries = Files.list(tmp)) {
      for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith("arquillian-payara-micro")).toList()) {
        deleteRecursively(entry);
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The verification half of a key pair; the tests sign no tokens, so the private half is dropped. */
  private static void writePublicKey(Path file) throws IOException {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      byte[] der = generator.generateKeyPair().getPublic().getEncoded();
      String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
      Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot make an RSA key pair", e);
    }
  }

  /** As the launcher: an H2 file URL with its colons escaped for asadmin, and no options. */
  private static String h2Url(Path file) {
    return "jdbc\\:h2\\:file\\:" + file.toAbsolutePath();
  }

  private static void write(Path template, Path target, Map<String, String> values)
      throws IOException {
    Files.writeString(target, fill(Files.readString(template), values, template.getFileName().toString()));
  }

  /**
   * The launcher's rules (':' in a value is escaped; URLs come escaped), with one difference: a
   * blank password is written as {@code ()}, asadmin's empty value. The launcher leaves the
   * property out instead, and Payara then refuses every connection of a pool that names a user
   * ("RAR5038 ... No password credential found"), as with trust authentication.
   */
  private static String fill(String template, Map<String, String> values, String templateName) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("No value for ${" + name + "} in " + templateName);
      }
      String escaped =
          name.endsWith("_URL") ? value
              : name.endsWith("_PASSWORD") && value.isEmpty() ? "()"
              : value.replace(":", "\\:");
      matcher.appendReplacement(out, Matcher.quoteReplacement(escaped));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static void dropSchema(Map<String, String> values) {
    String url =
        "jdbc:postgresql://" + values.get("PG_HOST") + ":" + values.get("PG_PORT") + "/" + values.get("PG_DATABASE");
    String schema = values.get("PASSPORT_SCHEMA");
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Unexpected test schema name: " + schema);
    }
    try (Connection connection = DriverManager.getConnection(url, values.get("PG_USER"), values.get("PG_PASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach PostgreSQL at " + url + " to drop schema " + schema
              + " (is the server up? -DskipPostgresIT=true runs the tests on H2 only)",
          e);
    }
  }
}
