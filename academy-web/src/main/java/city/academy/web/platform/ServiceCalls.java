package city.academy.web.platform;

import city.academy.tokens.TokenSigningUnavailableException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls a service for a page. A failure becomes an error message on the page (the service's own
 * {@code detail} where it sent one) and an empty result; never a stack trace.
 */
public final class ServiceCalls {
  private static final Logger LOG = Logger.getLogger(ServiceCalls.class.getName());

  private ServiceCalls() {}

  /**
   * @param what the service in words, for the message when it cannot be reached ("The catalogue")
   */
  public static <T> Optional<T> call(String what, Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (ServiceProblem problem) {
      LOG.log(Level.INFO, "{0} answered {1}: {2}", new Object[] {what, problem.status(), problem.getMessage()});
      error(problem.getMessage());
    } catch (ProcessingException e) {
      LOG.log(Level.WARNING, "{0} could not be reached: {1}", new Object[] {what, String.valueOf(e)});
      error(what + " is not available just now; please try again in a minute.");
    } catch (TokenSigningUnavailableException e) {
      LOG.log(Level.SEVERE, e.getMessage());
      error(what + " is not available just now; please try again in a minute.");
    } catch (WebApplicationException e) {
      LOG.log(Level.WARNING, "{0} answered {1}", new Object[] {what, e.getResponse().getStatus()});
      error(ProblemResponseMapper.fallback(e.getResponse().getStatus()));
    }
    return Optional.empty();
  }

  /** Adds an error message for the whole page. */
  public static void error(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }
}
