package city.academy.web.platform;

import java.util.Locale;

/**
 * Where a page of a longer list sits, for the pager under a table.
 *
 * @param page page number from 0
 * @param size rows per page
 * @param total rows in the whole list; when not {@code exact}, the list holds more than this
 * @param exact whether {@code total} was counted to the end
 */
public record Paging(int page, int size, long total, boolean exact) {

  /** A list counted to the end. */
  public Paging(int page, int size, long total) {
    this(page, size, total, true);
  }

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

  /** "Showing 21 to 40 of 195" (or "of more than 1,040") in words for the pager. */
  public String summary(String things) {
    if (total == 0) {
      return "No " + things;
    }
    return String.format(Locale.UK, "Showing %,d to %,d of %s%,d %s", firstRow(), lastRow(), exact ? "" : "more than ", total, things);
  }

  /** "Page 2 of 10" (or "of more than 52"). */
  public String position() {
    return String.format(Locale.UK, "Page %,d of %s%,d", page + 1, exact ? "" : "more than ", pageCount());
  }
}
