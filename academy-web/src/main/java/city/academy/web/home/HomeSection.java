package city.academy.web.home;

import java.util.List;

/**
 * The part of the home page for one role.
 *
 * @param role the role name ({@code STAFF}); pages give the section the id {@code role-STAFF}
 * @param heading the section heading
 * @param links what the role can do from here
 * @param note a line of explanation, or {@code null}
 */
public record HomeSection(String role, String heading, List<HomeLink> links, String note) {

  public HomeSection {
    links = List.copyOf(links);
  }

  /** The element id the page gives this section. */
  public String elementId() {
    return "role-" + role;
  }
}
