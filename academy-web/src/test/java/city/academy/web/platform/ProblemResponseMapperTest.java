package city.academy.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponseMapperTest {

  @Test
  void takesTheDetailOfAProblem() {
    String body =
        "{\"type\":\"urn:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"You can see the staff of your own organisation only.\"}";
    assertThat(ProblemResponseMapper.detailOf(body)).isEqualTo("You can see the staff of your own organisation only.");
  }

  @Test
  void fallsBackToTheTitleThenToPlainWords() {
    assertThat(ProblemResponseMapper.detailOf("{\"title\":\"Not found\"}")).isEqualTo("Not found");
    assertThat(ProblemResponseMapper.detailOf("not json")).isNull();
    assertThat(ProblemResponseMapper.detailOf("")).isNull();
    assertThat(ProblemResponseMapper.fallback(503)).contains("not available just now");
    assertThat(ProblemResponseMapper.fallback(500)).doesNotContain("Exception");
  }
}
