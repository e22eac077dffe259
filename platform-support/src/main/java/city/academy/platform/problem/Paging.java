package city.academy.platform.problem;

/**
 * A page request checked at the edge: page from 0, size from 1 to a maximum. (Checked in code, not
 * with {@code @Min}/{@code @Max} on query parameters, which Payara's OpenAPI generator trips on.)
 */
public record Paging(int page, int size) {

  /** How deep a list can be paged: far beyond any list a person reads, well within an int. */
  public static final int MAX_OFFSET = 10_000_000;

  public static Paging of(int page, int size, int maxSize) {
    if (page < 0) {
      throw ProblemException.badRequest("page: the first page is 0; " + page + " is not a page.");
    }
    if (size < 1 || size > maxSize) {
      throw ProblemException.badRequest("size: a page holds 1 to " + maxSize + " items, not " + size + ".");
    }
    if ((long) page * size > MAX_OFFSET) {
      throw ProblemException.badRequest("page: lists are paged up to row " + MAX_OFFSET + "; page " + page + " is beyond.");
    }
    return new Paging(page, size);
  }

  public int offset() {
    return page * size;
  }
}
