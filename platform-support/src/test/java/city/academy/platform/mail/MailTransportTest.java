package city.academy.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both transports against what a mail program receives: a real SMTP server (GreenMail) and a folder. */
class MailTransportTest {
  static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";

  @TempDir Path data;
  GreenMail smtp;
  int port;

  @BeforeEach
  void startSmtp() throws Exception {
    port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  MailSettings settings(String mode) {
    Map<String, String> config = Map.of("academy.mail.mode", mode, "academy.mail.host", "127.0.0.1",
        "academy.mail.port", String.valueOf(port), "academy.mail.timeout-ms", "2000", "academy.mail.from", "training@academy.example");
    return MailSettings.from(k -> Optional.ofNullable(config.get(k)), data);
  }

  static Mail reminder(String to) {
    return new Mail("reminder-42", to, "Amira Okafor", "Your fire safety training expires on 22 December 2026",
        "Dear Amira,\n\nBook a session: https://academy.example/catalogue.xhtml?subject=FIRE_SAFETY\n",
        "<!DOCTYPE html><html lang=\"en-GB\"><body><p>Dear Amira,</p></body></html>", List.of(Mail.Attachment.calendar("session.ics", ICS)));
  }

  @Test
  void overSmtpTheMessageArrivesWithBothPartsTheCalendarAndAStableId() throws Exception {
    MailTransport.Result result = MailTransport.of(settings("smtp")).send(reminder("amira.okafor@example.org"));

    assertThat(result.outcome()).isEqualTo(MailTransport.Outcome.SENT);
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getRecipients(Message.RecipientType.TO)[0].toString()).contains("amira.okafor@example.org");
    assertThat(received.getSubject()).isEqualTo("Your fire safety training expires on 22 December 2026");
    assertThat(received.getHeader("Message-ID")[0]).isEqualTo("<reminder-42@academy.local>");
    assertThat(received.getHeader("Content-Language")[0]).isEqualTo("en-GB");
    List<Part> parts = leaves(received);
    List<String> types = new ArrayList<>();
    Part calendar = null;
    for (Part p : parts) {
      types.add(p.getContentType());
      if (p.isMimeType("text/calendar")) {
        calendar = p;
      }
    }
    assertThat(types).hasSize(3).anySatisfy(t -> assertThat(t).startsWith("text/plain"))
        .anySatisfy(t -> assertThat(t).startsWith("text/html"));
    assertThat(calendar).isNotNull();
    assertThat(calendar.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(calendar.getContentType()).contains("method=PUBLISH");
    try (InputStream in = calendar.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ICS);
    }
  }

  @Test
  void aServerThatIsDownMeansTryAgainAndAnAddressThatIsNotOneMeansNever() {
    MailTransport transport = MailTransport.of(settings("smtp"));
    assertThat(transport.send(reminder("not an address")).outcome()).isEqualTo(MailTransport.Outcome.REFUSED);
    smtp.stop();
    MailTransport.Result down = transport.send(reminder("amira.okafor@example.org"));
    assertThat(down.outcome()).isEqualTo(MailTransport.Outcome.TRY_AGAIN);
    assertThat(down.reason()).isNotBlank();
  }

  @Test
  void aBatchGoesOverOneConnectionAndALostConnectionIsOpenedAgain() throws Exception {
    MailTransport transport = MailTransport.of(settings("smtp"));
    for (int i = 0; i < 5; i++) {
      assertThat(transport.send(reminder("person" + i + "@example.org")).outcome()).isEqualTo(MailTransport.Outcome.SENT);
    }
    assertThat(smtp.getReceivedMessages()).hasSize(5);
    // the server goes away under the open connection: that message waits, the next one reconnects
    smtp.stop();
    assertThat(transport.send(reminder("late@example.org")).outcome()).isEqualTo(MailTransport.Outcome.TRY_AGAIN);
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();
    assertThat(transport.send(reminder("late@example.org")).outcome()).isEqualTo(MailTransport.Outcome.SENT);
    transport.release();
    assertThat(transport.send(reminder("after@example.org")).outcome()).as("opened again after a release").isEqualTo(MailTransport.Outcome.SENT);
    transport.release();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void aServerThatRepliesWithA400MeansTryAgain() throws Exception {
    smtp.stop();
    try (ServerSocket busy = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Thread greeter = new Thread(() -> {
        try (var s = busy.accept()) {
          s.getOutputStream().write("421 4.3.2 Service not available\r\n".getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
        } catch (Exception ignored) {
          // the test ends
        }
      });
      greeter.start();
      assertThat(MailTransport.of(settings("smtp")).send(reminder("amira.okafor@example.org")).outcome())
          .isEqualTo(MailTransport.Outcome.TRY_AGAIN);
      greeter.join(5000);
    }
  }

  @Test
  void theEmbeddedDefaultWritesEachMessageToAFileAMailProgramOpens() throws Exception {
    MailSettings file = MailSettings.from(k -> Optional.empty(), data);
    assertThat(file.mode()).isEqualTo(MailSettings.Mode.FILE);
    MailTransport transport = MailTransport.of(file);

    assertThat(transport.send(reminder("amira.okafor@example.org")).outcome()).isEqualTo(MailTransport.Outcome.SENT);
    assertThat(transport.send(reminder("amira.okafor@example.org")).outcome()).isEqualTo(MailTransport.Outcome.SENT);

    try (var files = Files.list(data.resolve("outbox"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("reminder-42.eml");
    }
    try (InputStream in = Files.newInputStream(data.resolve("outbox/reminder-42.eml"))) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(read.getSubject()).startsWith("Your fire safety training");
      assertThat(leaves(read)).hasSize(3);
    }
    assertThat(transport.send(reminder("no-at-sign")).outcome()).isEqualTo(MailTransport.Outcome.REFUSED);
  }

  @Test
  void settingsThatAreNotSettingsAreRefusedInWords() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MailSettings.from(k -> k.equals("academy.mail.mode") ? Optional.of("pigeon") : Optional.empty(), data))
        .hasMessageContaining("file or smtp");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MailSettings.from(k -> k.equals("academy.mail.port") ? Optional.of("-1") : Optional.empty(), data))
        .hasMessageContaining("academy.mail.port");
    Properties tls = MailSettings.from(k -> k.equals("academy.mail.starttls") ? Optional.of("true") : Optional.empty(), data).smtpProperties();
    assertThat(tls).containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.timeout", "10000");
  }

  static List<Part> leaves(Part part) throws Exception {
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

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
