package city.academy.systemtests.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import city.academy.systemtests.Tokens;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message left for a person also reaches their inbox: in the embedded default, as one .eml file
 * a message in the data folder's outbox, addressed to the email address the passport holds, with a
 * plain-text and an HTML part and a link to the portal.
 */
@ExtendWith(PlatformExtension.class)
class EmailDeliveryIT {

  @Test
  void aConfirmedBookingIsEmailedToTheAddressThePassportHolds() throws Exception {
    JsonObject careWorker = Api.principal("carehome.staff");
    String personId = careWorker.getString("personId");
    Api.Reply contact = Api.get("/passport/api/people/" + personId + "/contact", Tokens.system());
    assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
    String address = contact.object().getString("email");
    assertThat(address).contains("@");

    long session = Sessions.scheduled(People.providerOf("BWC"), Sessions.courseOf("BWC"), Sessions.plan(12, 10, 0));
    Sessions.booked(Tokens.forPrincipal(careWorker), session);
    List<JsonObject> messages = Sessions.messagesOf(Tokens.forPrincipal(careWorker));
    JsonObject confirmed = messages.stream().filter(m -> m.getJsonNumber("sessionId") != null
        && m.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow();

    MimeMessage email = arrives(confirmed.getString("subject"), address);
    assertThat(email.getHeader("Content-Language")[0]).isEqualTo("en-GB");
    List<Part> parts = leaves(email);
    String text = null;
    String html = null;
    for (Part p : parts) {
      if (p.isMimeType("text/plain")) {
        text = (String) p.getContent();
      } else if (p.isMimeType("text/html")) {
        html = (String) p.getContent();
      }
    }
    assertThat(text).contains(confirmed.getString("text").lines().findFirst().orElseThrow()).contains("/messages.xhtml");
    assertThat(html).contains("lang=\"en-GB\"").contains("Read your messages in the One Workforce Academy portal");
  }

  @Test
  void onlyServicesAskForAnAddress() {
    String personId = Api.principal("carehome.staff").getString("personId");
    assertThat(Api.get("/passport/api/people/" + personId + "/contact", Api.tokenFor("carehome.staff")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/people/" + personId + "/contact", Api.tokenFor("admin")).status()).isEqualTo(403);
    assertThat(Api.get("/passport/api/people/" + personId + "/contact", null).status()).isEqualTo(401);
    assertThat(Api.get("/passport/api/people/OWA-00000000/contact", Tokens.system()).status()).isEqualTo(404);
    assertThat(Api.get("/passport/api/people/not-an-identity/contact", Tokens.system()).status()).isEqualTo(400);
  }

  /** Waits (the sender runs every few seconds) for the one email with that subject to that address. */
  private static MimeMessage arrives(String subject, String address) throws Exception {
    Path outbox = PlatformExtension.dataDirectory().resolve("outbox");
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      Optional<MimeMessage> found = Optional.empty();
      if (Files.isDirectory(outbox)) {
        List<MimeMessage> matching = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
            MimeMessage m = read(f);
            if (subject.equals(m.getSubject()) && m.getRecipients(Message.RecipientType.TO)[0].toString().contains(address)) {
              matching.add(m);
            }
          }
        }
        assertThat(matching).as("emails with that subject to " + address).hasSizeLessThanOrEqualTo(1);
        found = matching.stream().findFirst();
      }
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No email \"" + subject + "\" to " + address + " in " + outbox + " within a minute");
  }

  private static MimeMessage read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      m.getContent(); // read it whole while the file is open
      return m;
    }
  }

  private static List<Part> leaves(Part part) throws Exception {
    List<Part> out = new ArrayList<>();
    if (part.isMimeType("multipart/*")) {
      Multipart m = (Multipart) part.getContent();
      for (int i = 0; i < m.getCount(); i++) {
        out.addAll(leaves(m.getBodyPart(i)));
      }
    } else {
      out.add(part);
    }
    return out;
  }
}
