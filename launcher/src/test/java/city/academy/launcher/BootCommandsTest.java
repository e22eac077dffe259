package city.academy.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootCommandsTest {

  @Test
  void colonsInValuesAreEscapedAndUrlsLeftAsPrepared() {
    String filled = BootCommands.fill("--property serverName=${PG_HOST}:url=${H2_PASSPORT_URL}",
        Map.of("PG_HOST", "db:1", "H2_PASSPORT_URL", Platform.h2Url(Path.of("/data/db/passport"))));
    assertThat(filled).isEqualTo("--property serverName=db\\\\:1:url=jdbc\\\\:h2\\\\:file\\\\:/data/db/passport".replace("\\\\", "\\"));
  }

  @Test
  void aBlankValueBecomesAsadminsEmptyValue() {
    assertThat(BootCommands.fill("user=${PG_USER}:password=${PG_PASSWORD}", Map.of("PG_USER", "postgres", "PG_PASSWORD", "")))
        .isEqualTo("user=postgres:password=()");
  }

  @Test
  void aMissingValueIsAClearError() {
    assertThatThrownBy(() -> BootCommands.fill("x=${NOPE}", Map.of())).hasMessageContaining("${NOPE}");
  }

  @Test
  void theShippedTemplatesHaveAValueForEveryPlaceholder(@TempDir Path data) throws Exception {
    Path repository = PlatformSettings.findRepository(Path.of(""));
    var h2 = new Platform(PlatformSettings.fromEnvironment(Map.of("ACADEMY_DATA_DIR", data.toString()), repository)).prepare();
    assertThat(Files.readString(h2.preBoot())).contains("address=127.0.0.1").contains("interface=127.0.0.1").doesNotContain("${");
    assertThat(Files.readString(h2.postBoot())).contains("jdbc\\:h2\\:file\\:").doesNotContain("${");
    assertThat(h2.keys().resolve(TokenKeys.PRIVATE_KEY)).exists();

    var pg = new Platform(PlatformSettings.fromEnvironment(
        Map.of("ACADEMY_DATA_DIR", data.toString(), "ACADEMY_DB", "postgres"), repository)).prepare();
    assertThat(Files.readString(pg.postBoot()))
        .contains("currentSchema=passport").contains("currentSchema=catalogue").contains("password=()").doesNotContain("${")
        .contains("--maxpoolsize=32");
    var small = new Platform(PlatformSettings.fromEnvironment(
        Map.of("ACADEMY_DATA_DIR", data.toString(), "ACADEMY_DB", "postgres", "ACADEMY_DB_POOL_MAX", "16"), repository)).prepare();
    assertThat(Files.readString(small.postBoot())).contains("--maxpoolsize=16").doesNotContain("--maxpoolsize=32");
  }

  @Test
  void theKeyPairIsMadeOnceAndKept(@TempDir Path keys) throws Exception {
    TokenKeys.ensure(keys);
    String first = Files.readString(keys.resolve(TokenKeys.PUBLIC_KEY));
    TokenKeys.ensure(keys);
    assertThat(Files.readString(keys.resolve(TokenKeys.PUBLIC_KEY))).isEqualTo(first).startsWith("-----BEGIN PUBLIC KEY-----");
  }

  @Test
  void settingsDefaultToTheEmbeddedDatabaseOnLoopback() {
    var settings = PlatformSettings.fromEnvironment(Map.of(), Path.of("/checkout"));
    assertThat(settings.database()).isEqualTo(Database.H2);
    assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(settings.dataDirectory()).isEqualTo(Path.of("/checkout/data"));
    assertThatThrownBy(() -> Database.parse("oracle")).hasMessageContaining("h2 or postgres");
  }
}
