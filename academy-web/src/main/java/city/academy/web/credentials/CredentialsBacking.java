package city.academy.web.credentials;

import city.academy.passport.api.CredentialClient;
import city.academy.passport.api.CredentialDto;
import city.academy.web.organisation.OrganisationNames;
import city.academy.web.passport.TrafficLight;
import city.academy.web.platform.DisplayDates;
import city.academy.web.platform.RequestParams;
import city.academy.web.platform.ServiceCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My signed passports: sign my passport as it stands, see what I have signed with its status,
 * download the PDF or the credential, see where anyone checks it, and withdraw one (after a
 * confirmation: {@code ?withdraw=<id>} shows it, its form posts the id back). Plain POSTs; the
 * service's refusal is shown as it words it.
 */
@Named
@RequestScoped
public class CredentialsBacking {
  private static final String SERVICE = "The passport service";

  @Inject @RestClient CredentialClient credentials;
  @Inject OrganisationNames organisationNames;

  /** One signed passport as listed. */
  public record Row(String id, String issued, String validUntil, String status, TrafficLight light, boolean active,
      String issuedFor, String withdrawn, String verifyUrl) {}

  private List<Row> rows = List.of();
  private boolean loaded;
  private String withdraw;
  private Row toWithdraw;
  private String done;

  /** Before anything else, so a submitted form finds the passport it was drawn for. */
  @PostConstruct
  void load() {
    withdraw = RequestParams.get("withdraw");
    refresh();
    if (withdraw != null) {
      toWithdraw = rows.stream().filter(r -> r.id().equals(withdraw) && r.active()).findFirst().orElse(null);
    }
  }

  private void refresh() {
    ServiceCalls.call(SERVICE, credentials::mine).ifPresent(found -> {
      rows = found.stream().map(this::row).toList();
      loaded = true;
    });
  }

  Row row(CredentialDto c) {
    String withdrawn = c.revokedAt() == null ? ""
        : "Withdrawn on " + DisplayDates.format(c.revokedAt()) + (c.revocationReason() == null || c.revocationReason().isBlank()
            ? "" : ": " + c.revocationReason());
    return new Row(c.id(), DisplayDates.format(c.issuedAt()), DisplayDates.format(c.validUntil()), CredentialWords.status(c.status()),
        CredentialWords.statusLight(c.status()), "ACTIVE".equals(c.status()),
        c.issuedFor() == null ? "" : organisationNames.name(c.issuedFor()), withdrawn, c.verifyUrl());
  }

  /** "Sign my passport now". */
  public String issue() {
    ServiceCalls.call(SERVICE, credentials::issueMine).ifPresent(c ->
        done = "Your passport is signed. It is valid until " + DisplayDates.format(c.validUntil())
            + ": download the PDF or the credential file below and give it to whoever needs to see your training.");
    refresh();
    return null;
  }

  /** "Withdraw it", from the confirmation. */
  public String withdraw() {
    if (toWithdraw == null) {
      ServiceCalls.error("Choose the signed passport to withdraw from the list.");
      return null;
    }
    String id = toWithdraw.id();
    ServiceCalls.call(SERVICE, () -> credentials.withdrawMine(id)).ifPresent(c -> {
      done = "Withdrawn. Anyone who checks the signed passport issued on " + DisplayDates.format(c.issuedAt())
          + " is told it was revoked.";
      toWithdraw = null;
    });
    refresh();
    return null;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isLoaded() {
    return loaded;
  }

  /** The id of the passport to withdraw, as asked for in the address. */
  public String getWithdrawParam() {
    return withdraw;
  }

  /** The signed passport about to be withdrawn, while the person confirms; null otherwise. */
  public Row getToWithdraw() {
    return toWithdraw;
  }

  /** What was just done, in words; null otherwise. */
  public String getDone() {
    return done;
  }
}
