package city.academy.catalogue.course.domain;

/** How a course is delivered. */
public enum DeliveryMode { CLASSROOM, VIRTUAL, E_LEARNING, BLENDED }
