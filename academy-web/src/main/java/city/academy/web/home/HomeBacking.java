package city.academy.web.home;

import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: a section of links for each role the signed-in person holds. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject CurrentUser currentUser;

  public List<HomeSection> getSections() {
    return HomeLinks.sectionsFor(currentUser.getRoles());
  }
}
