package city.academy.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CityGeneratorDeterminismTest {

  private static CityGenerator demo(long seed) {
    return new CityGenerator(TestFramework.load(), CityScale.DEMO, seed, TestFramework.AS_OF);
  }

  @Test
  void sameSeedAndDateGiveTheSameCity() {
    List<GeneratedPerson> first = demo(CityGenerator.DEFAULT_SEED).people().toList();
    List<GeneratedPerson> second = demo(CityGenerator.DEFAULT_SEED).people().toList();
    assertThat(second).isEqualTo(first);
    assertThat(demo(CityGenerator.DEFAULT_SEED).organisations())
        .isEqualTo(demo(CityGenerator.DEFAULT_SEED).organisations());
  }

  @Test
  void streamingAgainFromTheSameGeneratorGivesTheSamePeople() {
    CityGenerator city = demo(CityGenerator.DEFAULT_SEED);
    assertThat(city.people().toList()).isEqualTo(city.people().toList());
  }

  @Test
  void cityScaleIsDeterministicToo() {
    CityGenerator a =
        new CityGenerator(TestFramework.load(), CityScale.CITY, 7L, TestFramework.AS_OF);
    CityGenerator b =
        new CityGenerator(TestFramework.load(), CityScale.CITY, 7L, TestFramework.AS_OF);
    assertThat(b.people().skip(30_000).limit(500).toList())
        .isEqualTo(a.people().skip(30_000).limit(500).toList());
  }

  @Test
  void anotherSeedGivesOtherPeople() {
    var ids = demo(1L).people().map(GeneratedPerson::personId).collect(Collectors.toSet());
    var others = demo(2L).people().map(GeneratedPerson::personId).collect(Collectors.toSet());
    assertThat(ids).doesNotContainAnyElementsOf(others);
  }

  @Test
  void anotherDateMovesTheTrainingDates() {
    var now = demo(CityGenerator.DEFAULT_SEED).people().limit(20).toList();
    var later =
        new CityGenerator(
                TestFramework.load(),
                CityScale.DEMO,
                CityGenerator.DEFAULT_SEED,
                TestFramework.AS_OF.plusYears(1))
            .people()
            .limit(20)
            .toList();
    assertThat(later.get(5).personId()).isEqualTo(now.get(5).personId());
    assertThat(later.get(5).records()).isNotEqualTo(now.get(5).records());
  }
}
