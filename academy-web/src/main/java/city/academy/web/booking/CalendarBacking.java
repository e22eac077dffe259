package city.academy.web.booking;

import city.academy.catalogue.api.CalendarFeedClient;
import city.academy.catalogue.api.CalendarFeedDto;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "Add my bookings to my calendar" on My bookings: whether the person has a private feed address,
 * a button that issues a new one (shown once: the catalogue keeps only its hash; the old address
 * stops at once), and one that stops the feed.
 */
@Named
@RequestScoped
public class CalendarBacking {
  static final String SERVICE = "The catalogue";

  @Inject @RestClient CalendarFeedClient calendar;

  private CalendarFeedDto feed;
  private String issuedUrl;
  private String done;
  private boolean read;

  private CalendarFeedDto feed() {
    if (!read) {
      read = true;
      feed = ServiceCalls.call(SERVICE, calendar::myFeed).orElse(null);
    }
    return feed;
  }

  /** Issues a new address (retiring the old one) and shows it this once. */
  public String issue() {
    ServiceCalls.call(SERVICE, calendar::issue).ifPresent(issued -> {
      feed = issued;
      read = true;
      issuedUrl = issued.url();
    });
    return null;
  }

  /** Stops the feed: its address answers nothing from now on. */
  public String stop() {
    boolean stopped = ServiceCalls.call(SERVICE, () -> {
      calendar.stop();
      return Boolean.TRUE;
    }).orElse(false);
    if (stopped) {
      feed = new CalendarFeedDto(false, null, null);
      read = true;
      done = "Your calendar feed is stopped. Calendars that used its address will no longer be updated.";
    }
    return null;
  }

  public boolean isLive() {
    return feed() != null && feed().live();
  }

  /** When the live address was issued, in London. */
  public String getIssuedAt() {
    return Optional.ofNullable(feed()).map(CalendarFeedDto::issuedAt).map(DisplayDates::formatDateTime).orElse("");
  }

  /** The address just issued; null on any other request. */
  public String getIssuedUrl() {
    return issuedUrl;
  }

  /** The same address for calendar apps that subscribe to {@code webcal://} links. */
  public String getWebcalUrl() {
    return webcal(issuedUrl);
  }

  static String webcal(String url) {
    if (url == null) {
      return null;
    }
    return url.replaceFirst("^https?://", "webcal://");
  }

  public String getDone() {
    return done;
  }
}
