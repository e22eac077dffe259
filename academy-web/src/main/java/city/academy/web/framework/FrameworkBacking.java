package city.academy.web.framework;

import city.academy.passport.api.PassportClient;
import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.api.TrainingFrameworkDto.SourceDto;
import city.academy.passport.api.TrainingFrameworkDto.SubjectDto;
import city.academy.web.platform.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The training framework page, for academy admins. */
@Named
@RequestScoped
public class FrameworkBacking {

  @Inject @RestClient PassportClient passport;

  private TrainingFrameworkDto framework;
  private Map<String, SourceDto> sources = Map.of();

  public void load() {
    framework = ServiceCalls.call("The passport service", passport::framework).orElse(null);
    if (framework != null && framework.sources() != null) {
      sources =
          framework.sources().stream()
              .collect(Collectors.toMap(SourceDto::id, Function.identity(), (a, b) -> a));
    }
  }

  public TrainingFrameworkDto getFramework() {
    return framework;
  }

  public List<SubjectDto> getSubjects() {
    return framework == null || framework.subjects() == null ? List.of() : framework.subjects();
  }

  public List<SourceDto> getSources() {
    return framework == null || framework.sources() == null ? List.of() : framework.sources();
  }

  /** The title of a source by id, or the id itself when the framework does not list it. */
  public String sourceTitle(String id) {
    if (id == null) {
      return "";
    }
    SourceDto source = sources.get(id);
    return source == null ? id : source.title();
  }

  public String refresher(Integer months) {
    return RefresherPeriods.describe(months);
  }

  public String hours(double hours) {
    return RefresherPeriods.hours(hours);
  }
}
