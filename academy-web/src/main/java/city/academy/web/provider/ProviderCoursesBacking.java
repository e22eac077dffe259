package city.academy.web.provider;

import city.academy.catalogue.api.CatalogueClient;
import city.academy.catalogue.api.CourseDto;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Our courses: the courses of the organisations this person provides training for, each leading to its sessions. */
@Named
@RequestScoped
public class ProviderCoursesBacking {
  static final String SERVICE = "The catalogue";

  @Inject @RestClient CatalogueClient catalogue;
  @Inject CurrentUser currentUser;

  private List<CourseDto> courses = List.of();
  private boolean loaded;

  public void load() {
    List<String> organisations = organisations();
    if (organisations.isEmpty()) {
      ServiceCalls.error("You are not a course provider of any organisation, so you have no courses to manage.");
      return;
    }
    ServiceCalls.call(SERVICE, () -> ProviderCourses.of(catalogue, organisations)).ifPresent(found -> {
      courses = found;
      loaded = true;
    });
  }

  private List<String> organisations() {
    return currentUser.getUser() == null ? List.of() : currentUser.getUser().providerFor();
  }

  public List<CourseDto> getCourses() {
    return courses;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
