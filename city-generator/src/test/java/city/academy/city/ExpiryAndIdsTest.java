package city.academy.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpiryAndIdsTest {

  @Test
  void leapDayPlusTwelveMonthsIsTheLastDayOfFebruary() {
    assertThat(CityGenerator.expiry(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(CityGenerator.expiry(LocalDate.of(2024, 2, 29), 48)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(CityGenerator.expiry(LocalDate.of(2025, 8, 31), 36)).isEqualTo(LocalDate.of(2028, 8, 31));
    assertThat(CityGenerator.expiry(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(CityGenerator.expiry(LocalDate.of(2026, 1, 31), null)).isNull();
  }

  @Test
  void generatedLeapDayRecordsExpireOnTheTwentyEighth() {
    CityGenerator city =
        new CityGenerator(
            TestFramework.load(), CityScale.CITY, CityGenerator.DEFAULT_SEED, TestFramework.AS_OF);
    var leapDay =
        city.people()
            .limit(5_000)
            .flatMap(p -> p.records().stream())
            .filter(r -> r.completedOn().equals(LocalDate.of(2024, 2, 29)) && r.expiresOn() != null)
            .toList();
    assertThat(leapDay).isNotEmpty();
    assertThat(leapDay)
        .allSatisfy(
            r -> {
              int months =
                  (r.expiresOn().getYear() - 2024) * 12 + r.expiresOn().getMonthValue() - 2;
              assertThat(r.expiresOn().getDayOfMonth()).isEqualTo(months % 48 == 0 ? 29 : 28);
            });
  }

  @Test
  void passportIdsAreUniqueCrockfordBase32() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String id = PassportIds.of(CityGenerator.DEFAULT_SEED, i);
      assertThat(ids.add(id)).as(id).isTrue();
    }
    assertThat(ids).allSatisfy(id -> assertThat(id).matches("OWA-[0-9A-HJKMNP-TV-Z]{8}"));
  }

  @Test
  void emailsUseTheExampleDomainAndPlainLetters() {
    assertThat(Names.email("Grace-Ann", "O'Brien", 12)).isEqualTo("graceann.obrien.12@example.org");
  }
}
