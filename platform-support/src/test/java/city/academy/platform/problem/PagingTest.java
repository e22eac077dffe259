package city.academy.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {
  @Test
  void aPageKnowsWhereItStarts() {
    assertThat(Paging.of(3, 20, 100).offset()).isEqualTo(60);
  }

  @Test
  void badPagesAreRefusedWithAReason() {
    assertThatThrownBy(() -> Paging.of(-1, 20, 100)).isInstanceOf(ProblemException.class).hasMessageContaining("first page is 0");
    assertThatThrownBy(() -> Paging.of(0, 0, 100)).hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> Paging.of(0, 101, 100)).hasMessageContaining("1 to 100");
    // a page so deep that its first row would not fit an int is refused, not wrapped round
    assertThatThrownBy(() -> Paging.of(Integer.MAX_VALUE, 100, 100)).hasMessageContaining("beyond");
    assertThat(Paging.of(Paging.MAX_OFFSET / 100, 100, 100).offset()).isEqualTo(Paging.MAX_OFFSET);
  }

  @Test
  void problemsKnowTheirStatus() {
    assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.SERVER_ERROR);
  }
}
