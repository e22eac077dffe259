package city.academy.catalogue.calendar.application;

import city.academy.catalogue.calendar.domain.CalendarFeed;
import city.academy.catalogue.calendar.domain.CalendarFeedRepository;
import city.academy.catalogue.calendar.domain.FeedEntries;
import city.academy.catalogue.calendar.infrastructure.IcsWriter;
import city.academy.catalogue.calendar.infrastructure.JpaFeedBookings;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/** Issuing, rotating and stopping a person's feed address, and writing the feed. */
@ApplicationScoped
@Transactional
public class CalendarFeeds {
  private static final Logger LOG = Logger.getLogger(CalendarFeeds.class.getName());
  /** Sessions that ended this long ago are still in the feed (so a client keeps last month's). */
  static final int PAST_DAYS = 90;

  private CalendarFeedRepository feeds;
  private JpaFeedBookings bookings;

  protected CalendarFeeds() {}

  @Inject
  public CalendarFeeds(CalendarFeedRepository feeds, JpaFeedBookings bookings) {
    this.feeds = feeds;
    this.bookings = bookings;
  }

  /** A new secret address for the caller; the previous one stops working at once. */
  public CalendarFeed.Issued rotate(Caller caller) {
    String person = person(caller);
    OffsetDateTime now = now();
    Optional<CalendarFeed> old = feeds.liveOf(person);
    old.ifPresent(f -> f.revoke(now));
    CalendarFeed.Issued issued = CalendarFeed.issue(person, now);
    if (old.isPresent()) {
      ProblemException.refusing(() -> {
        feeds.flush(); // the old row gives up the person before the new row takes them (one live feed each)
        return old;
      });
    }
    feeds.add(issued.feed());
    ProblemException.refusing(() -> {
      feeds.flush(); // a concurrent first issue for the same person is refused here (409), not at commit (500)
      return issued;
    });
    LOG.info(() -> "Calendar feed " + (old.isPresent() ? "rotated" : "issued") + " for " + caller.username());
    return issued;
  }

  /** Stops the caller's feed address (if any). */
  public void stop(Caller caller) {
    String person = person(caller);
    feeds.liveOf(person).ifPresent(f -> f.revoke(now()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CalendarFeed> live(Caller caller) {
    return feeds.currentOf(person(caller));
  }

  /** The feed at a secret address as iCalendar text; 404 for an address that is not (or no longer) live. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String feed(String secret) {
    CalendarFeed feed = (CalendarFeed.looksLikeSecret(secret) ? feeds.liveBySecret(secret) : Optional.<CalendarFeed>empty())
        .orElseThrow(() -> ProblemException.notFound(
            "There is no calendar feed at this address. It may have been replaced by a newer address: copy the current one from My bookings."));
    var events = bookings.of(feed.personId(), now().minusDays(PAST_DAYS)).stream()
        .filter(FeedEntries::belongsInFeed)
        .map(FeedEntries::of)
        .toList();
    return IcsWriter.write("Academy training", events);
  }

  private static String person(Caller caller) {
    if (caller.personId() == null) {
      throw ProblemException.forbidden("Only a person has a calendar feed of their sessions.");
    }
    return caller.personId();
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
