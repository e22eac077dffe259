package city.academy.catalogue.demo;

import city.academy.catalogue.course.domain.Course;
import city.academy.catalogue.course.domain.CourseRepository;
import city.academy.catalogue.course.domain.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A handful of courses from the demo city's partners (organisation codes of the demo city), loaded
 * once into an empty catalogue. Their sessions: {@link DemoSessions}.
 */
@ApplicationScoped
public class DemoCourses {
  private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

  @Inject CourseRepository courses;

  @Inject
  @ConfigProperty(name = "academy.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Transactional
  public void loadIfEmpty() {
    if (!enabled || courses.count() > 0) {
      return;
    }
    List<Course> demo =
        List.of(
            new Course("NGH", "Fire Safety Awareness", "Fire prevention, raising the alarm and evacuation on a ward.",
                "Statutory and mandatory", new BigDecimal("1.00"), DeliveryMode.CLASSROOM, "All staff", "FIRE_SAFETY", "1"),
            new Course("NGH", "Safeguarding Adults Level 3", "Assessing and acting on safeguarding concerns, with case studies.",
                "Statutory and mandatory", new BigDecimal("7.50"), DeliveryMode.BLENDED, "Registered clinical staff", "SAFEGUARDING_ADULTS", "3"),
            new Course("NGH", "Immediate Life Support", "Resuscitation skills for acute clinical staff.",
                "Statutory and mandatory", new BigDecimal("7.50"), DeliveryMode.CLASSROOM, "Registered acute staff", "RESUSCITATION", "3"),
            new Course("BWC", "Moving and Handling People", "Safe moving and handling of people in a care setting.",
                "Statutory and mandatory", new BigDecimal("3.00"), DeliveryMode.CLASSROOM, "Care workers", "MOVING_HANDLING", "2"),
            new Course("BWC", "Dementia Care Essentials", "Person-centred care for people living with dementia.",
                "Clinical skills", new BigDecimal("6.00"), DeliveryMode.CLASSROOM, "Care workers", null, null),
            new Course("NGH", "Leading a Team Through Change", "Practical leadership for new line managers.",
                "Leadership", new BigDecimal("12.00"), DeliveryMode.VIRTUAL, "Line managers", null, null));
    demo.forEach(courses::add);
    LOG.info(() -> "Demo catalogue loaded: " + demo.size() + " courses.");
  }
}
