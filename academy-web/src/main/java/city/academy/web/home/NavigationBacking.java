package city.academy.web.home;

import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The main navigation in the layout: links by role, and which one is the current page. */
@Named
@RequestScoped
public class NavigationBacking {

  @Inject CurrentUser currentUser;
  @Inject FacesContext faces;

  public List<HomeLink> getLinks() {
    return HomeLinks.navigationFor(currentUser.getRoles());
  }

  /** {@code aria-current}: {@code "page"} for the link to the page being shown, else "false". */
  public String current(HomeLink link) {
    var root = faces.getViewRoot();
    return root != null && link.path().equals(root.getViewId()) ? "page" : "false";
  }
}
