package city.academy.platform.problem;

/**
 * A page request checked at the edge: page from 0, size from 1 to a maximum. (Checked in code, not
 * with {@code @Min}/{@code @Max} on query parameters, which Payara's OpenAPI generator trips on.)
 */
public record Paging(int page, int size) {

  public static Paging of(int page, int size, int maxSize) {
    if (page < 0) {
      throw ProblemException.badRequest("page: the first page is 0; " + page + " is not a page.");
    }
    if (size < 1 || size > maxSize) {
      throw ProblemException.badRequest("size: a page holds 1 to " + maxSize + " items, not " + size + ".");
    }
    return new Paging(page, size);
  }

  public int offset() {
    return page * size;
  }
}
