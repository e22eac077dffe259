package city.academy.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FormPostTest {
  /** A Book form as course.xhtml draws it inside the sessions table (prependId="false", row 0). */
  static final String BOOK_FORM = """
      <table><tbody><tr class="session session-7"><td>
      <form id="sessions:0:book-form" name="sessions:0:book-form" method="post" action="/course.xhtml" class="inline-form"
            enctype="application/x-www-form-urlencoded">
      <input type="hidden" name="sessions:0:book-form" value="sessions:0:book-form" />
        <input type="hidden" name="id" value="3" />
        <input type="hidden" name="page" />
        <input type="hidden" name="session" value="7" /><input id="sessions:0:book" type="submit" name="sessions:0:book"
          value="Book" class="button button-primary" data-session="7" /><input type="hidden" name="jakarta.faces.ViewState"
          id="j_id1:jakarta.faces.ViewState:1" value="-475:166" autocomplete="off" />
      </form></td></tr></tbody></table>""";

  static final String TRANSFER_FORM = """
      <form id="transfer-check-form" name="transfer-check-form" method="post" action="/organisation/transfer-check.xhtml">
      <input type="hidden" name="transfer-check-form" value="transfer-check-form" />
      <input id="shareCode" type="text" name="shareCode" value="" />
      <input id="personId" type="text" name="personId" value="" />
      <select id="staffGroup" name="staffGroup" size="1"><option value="">Choose</option><option value="ADMIN_CLERICAL">Admin</option></select>
      <input id="clinical" type="checkbox" name="clinical" />
      <input id="patientFacing" type="checkbox" name="patientFacing" checked="checked" />
      <textarea name="note">kept</textarea>
      <input id="check" type="submit" name="check" value="Check" />
      <input id="check-and-sign" type="submit" name="check-and-sign" value="Check and keep a signed copy" />
      <input type="hidden" name="jakarta.faces.ViewState" value="1:2" />
      </form>""";

  @Test
  void aBookFormSendsItsHiddenFieldsTheViewStateAndThePressedButton() {
    Document page = Jsoup.parse(BOOK_FORM);
    FormPost post = FormPost.of(page.selectFirst("form[id$=book-form]"), "sessions:0:book", Map.of());

    assertEquals("/course.xhtml", post.action());
    assertEquals("sessions%3A0%3Abook-form=sessions%3A0%3Abook-form&id=3&page=&session=7&sessions%3A0%3Abook=Book"
        + "&jakarta.faces.ViewState=-475%3A166", post.body());
    assertEquals("7", post.value("session"));
  }

  @Test
  void onlyThePressedButtonTheSelectedOptionAndTickedBoxesAreSent() {
    Document page = Jsoup.parse(TRANSFER_FORM);
    FormPost post = FormPost.of(page.selectFirst("form"), "check", Map.of("personId", "OWA-1", "staffGroup", "ADMIN_CLERICAL"));

    assertEquals("OWA-1", post.value("personId"));
    assertEquals("ADMIN_CLERICAL", post.value("staffGroup"));
    assertEquals("Check", post.value("check"));
    assertNull(post.value("check-and-sign"));
    assertNull(post.value("clinical"));
    assertEquals("on", post.value("patientFacing"));
    assertEquals("kept", post.value("note"));
    assertEquals("1:2", post.value("jakarta.faces.ViewState"));
  }

  @Test
  void anUnselectedSelectSendsItsFirstOption() {
    FormPost post = FormPost.of(Jsoup.parse(TRANSFER_FORM).selectFirst("form"), "check", Map.of());
    assertEquals("", post.value("staffGroup"));
  }

  @Test
  void aButtonThePageDoesNotHaveIsAnUnexpectedPage() {
    Document page = Jsoup.parse(BOOK_FORM);
    assertThrows(IllegalArgumentException.class, () -> FormPost.of(page.selectFirst("form"), "sessions:1:book", Map.of()));
  }
}
