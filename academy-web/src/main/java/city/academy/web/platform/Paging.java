package city.academy.web.platform;

/**
 * Where a page of a longer list sits, for the pager under a table.
 *
 * @param page page number from 0
 * @param size rows per page
 * @param total rows in the whole list
 */
public record Paging(int page, int size, long total) {

  /** The page number asked for in an address ({@code ?page=2}); 0 for anything that is not one. */
  public static int pageNumber(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      int page = Integer.parseInt(text.strip());
      return Math.max(0, Math.min(page, 1_000_000));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static Paging none() {
    return new Paging(0, 1, 0);
  }

  public long pageCount() {
    return size <= 0 ? 0 : (total + size - 1) / size;
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public long firstRow() {
    return total == 0 ? 0 : (long) page * size + 1;
  }

  public long lastRow() {
    return Math.min(total, (long) (page + 1) * size);
  }

  /** "Showing 21 to 40 of 195" in words for the pager. */
  public String summary(String things) {
    if (total == 0) {
      return "No " + things;
    }
    return "Showing " + firstRow() + " to " + lastRow() + " of " + total + " " + things;
  }
}
