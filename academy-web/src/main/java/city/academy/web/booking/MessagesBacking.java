package city.academy.web.booking;

import city.academy.catalogue.api.MessageMarkup;
import city.academy.catalogue.api.MessageDto;
import city.academy.catalogue.api.SessionClient;
import city.academy.web.platform.Paging;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My messages from the catalogue ({@code ?page=}), newest first: confirmations, waitlist
 * promotions, approvals, cancellations. Unread ones are marked and can be marked read, one at a
 * time or the whole page at once.
 */
@Named
@RequestScoped
public class MessagesBacking {
  static final String SERVICE = "The catalogue";
  static final int PAGE_SIZE = 20;

  @Inject @RestClient SessionClient sessions;

  /** One message as listed. */
  public record Row(long id, String subject, String text, String sent, boolean unread, boolean aboutABooking) {

    /** The text as safe HTML: its paragraphs, lists and links (everything else escaped). */
    public String html() {
      return MessageMarkup.html(text);
    }
  }

  private String page;
  private List<Row> rows = List.of();
  private Paging paging = Paging.none();
  private long unread;
  private boolean loaded;

  @PostConstruct
  void load() {
    page = RequestParams.get("page");
    refresh();
  }

  private void refresh() {
    int wanted = Paging.pageNumber(page);
    ServiceCalls.call(SERVICE, () -> sessions.myMessages(wanted, PAGE_SIZE)).ifPresent(found -> {
      rows = (found.items() == null ? List.<MessageDto>of() : found.items()).stream().map(MessagesBacking::row).toList();
      paging = new Paging(found.page(), found.size(), found.total());
      unread = found.unread();
      loaded = true;
    });
  }

  static Row row(MessageDto m) {
    return new Row(m.id(), m.subject(), m.text(), BookingWords.moment(m.createdAt()), m.readAt() == null, m.bookingId() != null);
  }

  /** Marks the message posted with the button (hidden field {@code message}) read. */
  public String markRead() {
    Long id = RequestParams.id("message");
    if (id == null) {
      ServiceCalls.error("Choose the message to mark as read.");
      return null;
    }
    ServiceCalls.call(SERVICE, () -> sessions.markRead(id));
    refresh();
    return null;
  }

  /** Marks every unread message on this page read. */
  public String markPageRead() {
    for (Row row : rows) {
      if (row.unread() && ServiceCalls.call(SERVICE, () -> sessions.markRead(row.id())).isEmpty()) {
        break;
      }
    }
    refresh();
    return null;
  }

  /** Whether the message gets its button (see {@link RequestParams#processingPost}). */
  public boolean offered(Row row) {
    return RequestParams.processingPost() || row.unread();
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Paging getPaging() {
    return paging;
  }

  public long getUnread() {
    return unread;
  }

  public boolean isLoaded() {
    return loaded;
  }

  /** "You have 2 unread messages." */
  public String getUnreadText() {
    return unreadText(unread);
  }

  static String unreadText(long unread) {
    if (unread == 0) {
      return "You have no unread messages.";
    }
    return "You have " + unread + (unread == 1 ? " unread message." : " unread messages.");
  }
}
