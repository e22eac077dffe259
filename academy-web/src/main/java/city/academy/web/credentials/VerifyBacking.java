package city.academy.web.credentials;

import city.academy.passport.api.CredentialClient;
import city.academy.passport.api.CredentialVerificationDto;
import city.academy.web.platform.ServiceCalls;
import city.academy.web.platform.ServiceProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The public verify page: with {@code ?credential=<id>} (where a PDF's QR code leads) it checks
 * that issued credential at once; otherwise it checks the text a visitor pastes. The service is
 * asked anonymously (the client's verify methods are public: no token is sent, whoever is signed
 * in), on behalf of the visitor's address, which the service counts checks by.
 */
@Named
@RequestScoped
public class VerifyBacking {
  private static final String SERVICE = "The checking service";

  @Inject @RestClient CredentialClient credentials;

  private String credential;
  private String text;
  private CredentialWords.Verdict verdict;

  /** The view action: checks the credential named in the address, if any. */
  public void load() {
    if (credential == null || credential.isBlank()) {
      return;
    }
    String id = credential.strip();
    if (!CredentialWords.isId(id)) {
      ServiceCalls.error("That address does not name a signed passport. Check it was copied whole, or paste the credential below.");
      return;
    }
    check(() -> credentials.verification(visitor(), id));
  }

  /** The Check button: checks the pasted text. */
  public String check() {
    String pasted = text == null ? "" : text.strip();
    if (pasted.isEmpty()) {
      ServiceCalls.error("Paste the credential's text first: it is the whole content of the .jwt file.");
      return null;
    }
    check(() -> credentials.verify(visitor(), pasted));
    return null;
  }

  private void check(Supplier<CredentialVerificationDto> call) {
    ServiceCalls.call(SERVICE, () -> {
      try {
        return call.get();
      } catch (ServiceProblem problem) {
        throw problem.status() == 429 ? new ServiceProblem(429, CredentialWords.TOO_MANY_CHECKS) : problem;
      }
    }).ifPresent(found -> verdict = CredentialWords.verdict(found));
  }

  /** The visitor's address, passed on so the service's limit counts each visitor, not the portal. */
  private static String visitor() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object request = faces == null ? null : faces.getExternalContext().getRequest();
    return request instanceof HttpServletRequest http ? http.getRemoteAddr() : "127.0.0.1";
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** What the check found; null before any. */
  public CredentialWords.Verdict getVerdict() {
    return verdict;
  }
}
