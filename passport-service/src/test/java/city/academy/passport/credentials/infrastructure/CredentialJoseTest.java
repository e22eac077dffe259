package city.academy.passport.credentials.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.credentials.infrastructure.CredentialJose.Check;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing and checking credentials, and keys that rotate without orphaning what they signed. */
class CredentialJoseTest {
  @TempDir Path folder;

  static final Map<String, Object> VC = Map.of("@context", List.of("https://www.w3.org/ns/credentials/v2"), "id", "urn:uuid:1");

  @Test
  void aSignedCredentialChecksAndAnyChangedCharacterDoesNot() {
    CredentialKeys keys = new CredentialKeys(folder);
    String jwt = CredentialJose.sign(VC, keys.active());
    CredentialJose.Checked ok = CredentialJose.check(jwt, keys::byId);
    assertThat(ok.check()).isEqualTo(Check.VALID);
    assertThat(ok.credential()).containsEntry("id", "urn:uuid:1");
    for (int i = jwt.indexOf('.') + 1; i < jwt.length(); i += 7) {
      if (jwt.charAt(i) == '.' || i == jwt.length() - 1 || jwt.charAt(i + 1) == '.') {
        continue; // a segment's last character may carry only padding bits
      }
      String changed = jwt.substring(0, i) + (jwt.charAt(i) == 'A' ? 'B' : 'A') + jwt.substring(i + 1);
      assertThat(CredentialJose.check(changed, keys::byId).check()).as("character %d changed", i).isEqualTo(Check.TAMPERED);
    }
    assertThat(CredentialJose.check("not a credential", keys::byId).check()).isEqualTo(Check.NOT_JOSE);
    assertThat(CredentialJose.check(jwt, id -> Optional.empty()).check()).isEqualTo(Check.UNKNOWN_KEY);
  }

  @Test
  void keysAreMadeOnceKeptOutsideAndRotationKeepsOldOnesPublished() throws Exception {
    CredentialKeys first = new CredentialKeys(folder);
    String before = CredentialJose.sign(VC, first.active());
    String oldKey = first.active().getKeyID();
    assertThat(new CredentialKeys(folder).active().getKeyID()).as("the same key after a restart").isEqualTo(oldKey);
    assertThat(Files.getPosixFilePermissions(folder.resolve(oldKey + ".private.jwk.json")).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");

    String newKey = first.rotate();
    assertThat(newKey).isNotEqualTo(oldKey);
    CredentialKeys restarted = new CredentialKeys(folder);
    assertThat(restarted.active().getKeyID()).isEqualTo(newKey);
    assertThat(restarted.publicKeys().getKeys()).extracting(k -> k.getKeyID()).containsExactly(newKey, oldKey);
    assertThat(restarted.publicKeys().getKeys()).noneMatch(k -> k.isPrivate());
    assertThat(CredentialJose.check(before, restarted::byId).check()).as("signed before the rotation").isEqualTo(Check.VALID);
  }
}
