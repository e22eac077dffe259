package city.academy.web.home;

import city.academy.catalogue.api.SessionClient;
import city.academy.web.security.CurrentUser;
import city.academy.web.security.PortalRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The home page: a section of links for each role the signed-in person holds, and their unread messages. */
@Named
@RequestScoped
public class HomeBacking {
  private static final Logger LOG = Logger.getLogger(HomeBacking.class.getName());

  @Inject CurrentUser currentUser;
  @Inject @RestClient SessionClient sessions;

  private Long unread;

  public List<HomeSection> getSections() {
    return HomeLinks.sectionsFor(currentUser.getRoles());
  }

  /**
   * How many of the person's messages are unread; 0 when the catalogue cannot say just now (the
   * home page does not fail for a count).
   */
  public long getUnreadMessages() {
    if (unread == null) {
      unread = 0L;
      if (currentUser.getRoles().contains(PortalRole.STAFF)) {
        try {
          var page = sessions.myMessages(0, 1);
          unread = page == null ? 0L : page.unread();
        } catch (RuntimeException e) {
          LOG.log(Level.INFO, "Unread messages not available just now: {0}", String.valueOf(e));
        }
      }
    }
    return unread;
  }
}
