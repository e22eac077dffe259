package city.academy.catalogue.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.booking.domain.Session;
import city.academy.catalogue.search.domain.SearchCriteria;
import city.academy.catalogue.search.domain.SessionFinder;
import city.academy.platform.problem.Paging;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a search reports the number of matches: exact up to a limit, "more than" beyond it. */
class CatalogueSearchTest {
  static final Caller STAFF = new Caller("P1", "staff", Set.of(Role.STAFF), Set.of("NGH"), Set.of(), Set.of(), null);

  /** A catalogue of {@code matches} sessions that remembers how far it was asked to count. */
  static final class Matches implements SessionFinder {
    final long matches;
    final List<Integer> countLimits = new ArrayList<>();

    Matches(long matches) {
      this.matches = matches;
    }

    @Override
    public List<Session> find(SearchCriteria criteria, Paging paging) {
      long left = Math.max(0, matches - paging.offset());
      return new ArrayList<>(Collections.nCopies((int) Math.min(left, paging.size()), (Session) null));
    }

    @Override
    public long count(SearchCriteria criteria, int atMost) {
      countLimits.add(atMost);
      return Math.min(matches, atMost);
    }
  }

  static CatalogueSearch.Results search(Matches finder, int page) {
    return new CatalogueSearch(finder).search("fire", null, null, null, null, null, null, new Paging(page, 20), STAFF);
  }

  @Test
  void aShortListIsCountedFromThePageAlone() {
    Matches finder = new Matches(7);
    CatalogueSearch.Results results = search(finder, 0);
    assertThat(results.total()).isEqualTo(7);
    assertThat(results.exact()).isTrue();
    assertThat(finder.countLimits).isEmpty();
  }

  @Test
  void upToAThousandBeyondThePageTheCountIsExact() {
    Matches finder = new Matches(1_020);
    CatalogueSearch.Results results = search(finder, 0);
    assertThat(results.total()).isEqualTo(1_020);
    assertThat(results.exact()).isTrue();
    assertThat(finder.countLimits).containsExactly(1_021);
  }

  @Test
  void beyondThatTheCountSaysMoreThan() {
    Matches finder = new Matches(19_641);
    CatalogueSearch.Results results = search(finder, 0);
    assertThat(results.total()).isEqualTo(1_020);
    assertThat(results.exact()).isFalse();
    // a deeper page counts a thousand beyond itself
    CatalogueSearch.Results deep = search(finder, 100);
    assertThat(deep.sessions()).hasSize(20);
    assertThat(deep.total()).isEqualTo(2_020 + 1_000);
    assertThat(deep.exact()).isFalse();
  }

  @Test
  void aPageBeyondTheEndStillKnowsTheTotal() {
    Matches finder = new Matches(3);
    CatalogueSearch.Results results = search(finder, 5);
    assertThat(results.sessions()).isEmpty();
    assertThat(results.total()).isEqualTo(3);
    assertThat(results.exact()).isTrue();
  }
}
