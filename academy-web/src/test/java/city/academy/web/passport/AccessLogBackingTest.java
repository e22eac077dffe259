package city.academy.web.passport;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.passport.api.AccessLogEntryDto;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AccessLogBackingTest {
  private static final UnaryOperator<String> ORGANISATIONS =
      code -> "NGH".equals(code) ? "Northgate General Hospital" : code == null ? "" : code;

  @Test
  void aLookInWordsWithTheTimeInLondon() {
    var look =
        AccessLogBacking.lookOf(
            new AccessLogEntryDto(
                OffsetDateTime.parse("2026-06-30T13:05:00Z"), "Sam Manager", "LINE_MANAGER", "NGH", "PASSPORT_VIEW"),
            ORGANISATIONS);
    assertThat(look.when()).isEqualTo("30 Jun 2026, 14:05");
    assertThat(look.iso()).isEqualTo("2026-06-30T13:05Z");
    assertThat(look.who()).isEqualTo("Sam Manager");
    assertThat(look.role()).isEqualTo("Line manager");
    assertThat(look.organisation()).isEqualTo("Northgate General Hospital");
    assertThat(look.purpose()).isEqualTo("Passport view");
  }

  @Test
  void wordsTheServiceWroteStayAsTheyAre() {
    var look =
        AccessLogBacking.lookOf(
            new AccessLogEntryDto(null, null, "HR admin", "Some Care Ltd", "Transfer check for a new post at BWC"),
            ORGANISATIONS);
    assertThat(look.when()).isEmpty();
    assertThat(look.iso()).isEmpty();
    assertThat(look.who()).isEmpty();
    assertThat(look.role()).isEqualTo("HR admin");
    assertThat(look.organisation()).isEqualTo("Some Care Ltd");
    assertThat(look.purpose()).isEqualTo("Transfer check for a new post at BWC");
  }

  @Test
  void rolesAndPurposesAsCodesAreWords() {
    assertThat(AccessLogBacking.role("HR_ADMIN")).isEqualTo("HR admin");
    assertThat(AccessLogBacking.role("EXTERNAL_VERIFIER")).isEqualTo("External verifier");
    assertThat(AccessLogBacking.role(null)).isEmpty();
    assertThat(AccessLogBacking.words("TRANSFER_CHECK")).isEqualTo("Transfer check");
    assertThat(AccessLogBacking.words(" ")).isEmpty();
  }
}
