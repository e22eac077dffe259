package city.academy.passport.credentials.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances of a cluster sharing one folder of signing keys. */
class CredentialKeysTest {

  @Test
  void theSecondInstanceSignsWithTheKeyTheFirstMade(@TempDir Path folder) {
    CredentialKeys first = new CredentialKeys(folder);
    CredentialKeys second = new CredentialKeys(folder);
    assertThat(second.active().getKeyID()).isEqualTo(first.active().getKeyID());
  }

  @Test
  void aRotationOnOneInstanceIsUsedAndPublishedByTheOther(@TempDir Path folder) {
    CredentialKeys rotating = new CredentialKeys(folder);
    CredentialKeys other = new CredentialKeys(folder);
    String old = other.active().getKeyID();

    String rotated = rotating.rotate();

    assertThat(rotated).isNotEqualTo(old);
    assertThat(other.active().getKeyID()).as("the other instance signs with the new key").isEqualTo(rotated);
    assertThat(other.byId(rotated)).as("and can check what the rotating one signed").isPresent();
    assertThat(other.publicKeys().getKeys()).extracting(k -> k.getKeyID()).containsExactly(rotated, old);
  }
}
