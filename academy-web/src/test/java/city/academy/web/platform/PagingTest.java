package city.academy.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void describesWhereAPageSits() {
    Paging second = new Paging(1, 20, 45);
    assertThat(second.pageCount()).isEqualTo(3);
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.hasNext()).isTrue();
    assertThat(second.summary("courses")).isEqualTo("Showing 21 to 40 of 45 courses");

    Paging last = new Paging(2, 20, 45);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.summary("courses")).isEqualTo("Showing 41 to 45 of 45 courses");
  }

  @Test
  void aListCountedOnlySoFarSaysMoreThan() {
    Paging first = new Paging(0, 20, 1_020, false);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.summary("sessions")).isEqualTo("Showing 1 to 20 of more than 1,020 sessions");
    assertThat(first.position()).isEqualTo("Page 1 of more than 51");
    assertThat(new Paging(1, 20, 45).position()).isEqualTo("Page 2 of 3");
  }

  @Test
  void anEmptyListHasNoPages() {
    Paging empty = new Paging(0, 20, 0);
    assertThat(empty.pageCount()).isZero();
    assertThat(empty.hasPrevious()).isFalse();
    assertThat(empty.hasNext()).isFalse();
    assertThat(empty.summary("people")).isEqualTo("No people");
  }

  @Test
  void aPageNumberInTheAddressIsReadLeniently() {
    assertThat(Paging.pageNumber("2")).isEqualTo(2);
    assertThat(Paging.pageNumber(null)).isZero();
    assertThat(Paging.pageNumber("abc")).isZero();
    assertThat(Paging.pageNumber("-3")).isZero();
    assertThat(Paging.pageNumber("99999999999")).isZero();
  }
}
