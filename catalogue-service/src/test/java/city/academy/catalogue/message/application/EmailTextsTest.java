package city.academy.catalogue.message.application;

import static org.assertj.core.api.Assertions.assertThat;

import city.academy.catalogue.message.domain.MessageKind;
import city.academy.platform.mail.Mail;
import org.junit.jupiter.api.Test;

/** A message's text as an email: lists and links in the HTML, the same words in the plain text. */
class EmailTextsTest {

  private static Mail mail(String text) {
    return EmailTexts.of("message-1", new Recipients.Recipient("Ada Okafor", "ada@example.org"),
        new EmailOutboxDesk.Content(1, "OWA-1", "Reminder", text, 0, MessageKind.EXPIRY_REMINDER, null, null), "http://127.0.0.1:8080/academy/",
        java.util.List.of());
  }

  @Test
  void linesStartingWithADashAreAListAndAnAddressAfterAColonIsALinkWithTheWordsBeforeIt() {
    Mail mail = mail("Fire safety: your training counts until Friday.\nSessions you can book:\n"
        + "- Fire safety, 8 Dec 2026 09:30, Room 2: http://127.0.0.1:8080/academy/course.xhtml?id=12\n- Ask your manager");
    assertThat(mail.html())
        .contains("<p>Fire safety: your training counts until Friday.<br>Sessions you can book:</p>\n<ul>\n")
        .contains("<li><a href=\"http://127.0.0.1:8080/academy/course.xhtml?id=12\">Fire safety, 8 Dec 2026 09:30, Room 2</a></li>")
        .contains("<li>Ask your manager</li>\n</ul>");
    assertThat(mail.text()).contains("- Fire safety, 8 Dec 2026 09:30, Room 2: http://127.0.0.1:8080/academy/course.xhtml?id=12");
  }

  @Test
  void everyEmailLinksToThePreferencesAndWordsAreEscaped() {
    Mail mail = mail("Tom & Jerry <script>");
    assertThat(mail.html()).contains("Tom &amp; Jerry &lt;script&gt;")
        .contains("<a href=\"http://127.0.0.1:8080/academy/preferences.xhtml\">Choose which emails you get</a>");
    assertThat(mail.text()).contains("Choose which emails you get: http://127.0.0.1:8080/academy/preferences.xhtml");
  }
}
