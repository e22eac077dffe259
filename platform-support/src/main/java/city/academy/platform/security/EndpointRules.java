package city.academy.platform.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds resource methods without an access rule. Each service's tests run it over its compiled
 * classes, so an endpoint cannot be added without saying who may call it.
 */
public final class EndpointRules {
  private static final List<Class<? extends Annotation>> HTTP_METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

  private EndpointRules() {}

  /** "Class.method" of every resource method under the folder that has no access rule. */
  public static List<String> withoutAccessRule(java.nio.file.Path classesFolder, ClassLoader loader) {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : resourceClasses(classesFolder, loader)) {
      boolean classRule = hasRule(type.getAnnotations());
      for (Method method : type.getDeclaredMethods()) {
        boolean endpoint = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent);
        if (endpoint && !classRule && !hasRule(method.getAnnotations())) {
          missing.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    return missing;
  }

  /** Every class with {@code @Path} under the folder. */
  public static List<Class<?>> resourceClasses(java.nio.file.Path classesFolder, ClassLoader loader) {
    try (Stream<java.nio.file.Path> files = Files.walk(classesFolder)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
          .map(f -> classesFolder.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .<Class<?>>map(name -> load(name, loader))
          .filter(type -> type.isAnnotationPresent(Path.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasRule(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof RolesAllowed || a instanceof PermitAll || a instanceof DenyAll) {
        return true;
      }
    }
    return false;
  }
}
