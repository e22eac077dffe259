package city.academy.catalogue.calendar.infrastructure;

import city.academy.catalogue.calendar.domain.FeedEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed as iCalendar (RFC 5545) with ical4j. Times are written in UTC ({@code ...Z}), which
 * every client shows in its own zone: no VTIMEZONE is needed, and none is looked up (ical4j would
 * otherwise resolve time zones, which must never reach beyond this machine). The calendar is
 * METHOD:PUBLISH; a cancelled place stays in the feed as STATUS:CANCELLED with a higher SEQUENCE,
 * so subscribed calendars remove or strike it.
 */
public final class IcsWriter {
  public static final String PRODUCT = "-//One Workforce Academy//Catalogue calendar feed//EN";

  private IcsWriter() {}

  public static String write(String calendarName, List<FeedEvent> events) {
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODUCT))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(ImmutableMethod.PUBLISH)
        .add(new XProperty("X-WR-CALNAME", calendarName))
        .add(new XProperty("X-WR-TIMEZONE", "Europe/London"))
        .add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
    for (FeedEvent e : events) {
      VEvent event = new VEvent(e.startsAt().toInstant(), e.endsAt().toInstant(), e.summary());
      event.add(new Uid(e.uid()));
      event.add(new Sequence(e.sequence()));
      event.add(new LastModified(e.lastModified().toInstant()));
      event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
      if (e.location() != null) {
        event.add(new Location(e.location()));
      }
      event.add(new Description(e.description()));
      URI url = uri(e.url());
      if (url != null) {
        event.add(new Url(url));
      }
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static URI uri(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

}
