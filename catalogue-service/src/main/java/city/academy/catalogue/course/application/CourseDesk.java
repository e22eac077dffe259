package city.academy.catalogue.course.application;

import city.academy.catalogue.api.CourseRequest;
import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.catalogue.course.domain.DeliveryMode;
import city.academy.catalogue.course.domain.FrameworkSubjects;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.AccessPolicy;
import city.academy.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.logging.Logger;

/** A provider offers courses and keeps their description; only their own organisation's. */
@ApplicationScoped
public class CourseDesk {
  private static final Logger LOG = Logger.getLogger(CourseDesk.class.getName());

  private CourseRepository courses;
  private FrameworkSubjects framework;

  protected CourseDesk() {}

  @Inject
  public CourseDesk(CourseRepository courses, FrameworkSubjects framework) {
    this.courses = courses;
    this.framework = framework;
  }

  @Transactional
  public Course offer(CourseRequest request, Caller caller) {
    String provider = required(request).providerCode() == null ? null : request.providerCode().strip();
    if (provider == null || provider.isEmpty()) {
      throw ProblemException.badRequest("providerCode: name the organisation that runs the course.");
    }
    mayProvide(caller, provider);
    String[] subjectLevel = subjectLevel(request);
    framework.requireKnown(subjectLevel[0], subjectLevel[1]);
    Course course = ProblemException.refusing(() -> new Course(provider, request.title(), request.description(),
        request.category(), request.cpdHours(), mode(request.deliveryMode()), request.audience(), request.prerequisites(),
        subjectLevel[0], subjectLevel[1]));
    courses.add(course);
    LOG.info(() -> "Course \"" + course.title() + "\" offered by " + provider + " (" + caller.username() + ")");
    return course;
  }

  @Transactional
  public Course revise(long id, CourseRequest request, Caller caller) {
    Course course = courses.byId(id).orElseThrow(() -> ProblemException.notFound("There is no course number " + id + "."));
    mayProvide(caller, course.ownerOrganisationCode());
    if (required(request).providerCode() != null && !request.providerCode().strip().equals(course.ownerOrganisationCode())) {
      throw ProblemException.badRequest("providerCode: a course stays with the organisation that runs it ("
          + course.ownerOrganisationCode() + ").");
    }
    String[] subjectLevel = subjectLevel(request);
    framework.requireKnown(subjectLevel[0], subjectLevel[1]);
    ProblemException.refusing(() -> {
      course.describe(request.title(), request.description(), request.category(), request.cpdHours(), mode(request.deliveryMode()),
          request.audience(), request.prerequisites(), subjectLevel[0], subjectLevel[1]);
      return course;
    });
    LOG.info(() -> "Course " + id + " changed by " + caller.username());
    return course;
  }

  private static CourseRequest required(CourseRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("Send the course as JSON.");
    }
    return request;
  }

  private static void mayProvide(Caller caller, String organisation) {
    if (!AccessPolicy.mayProvideFor(caller, organisation)) {
      throw ProblemException.forbidden("Only " + organisation + "'s course providers offer and change its courses.");
    }
  }

  private static String[] subjectLevel(CourseRequest request) {
    String subject = request.subjectCode() == null || request.subjectCode().isBlank() ? null : request.subjectCode().strip();
    String level = request.levelCode() == null || request.levelCode().isBlank() ? null : request.levelCode().strip();
    if ((subject == null) != (level == null)) {
      throw ProblemException.badRequest("A course that satisfies a framework subject names both the subject and the level.");
    }
    return new String[] {subject, level};
  }

  private static DeliveryMode mode(String text) {
    try {
      return text == null ? null : DeliveryMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("deliveryMode: say CLASSROOM, VIRTUAL, E_LEARNING or BLENDED, not " + text + ".");
    }
  }
}
