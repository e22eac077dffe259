package city.academy.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * What a browser sends when a button of a form is pressed: the form's fields as the page drew them
 * (hidden fields, {@code jakarta.faces.ViewState}, the selected option of each select, ticked
 * boxes), with what the person typed in place of some, and the pressed button's name and value,
 * no other button's. Made once and posted as often as needed, so a retry sends the same bytes.
 *
 * @param action the form's {@code action} attribute (a path such as {@code /course.xhtml})
 * @param fields the fields in document order, each once
 */
record FormPost(String action, List<Map.Entry<String, String>> fields) {

  /**
   * @param form the {@code <form>} element
   * @param button the {@code name} of the submit button pressed
   * @param typed values for fields, by name, in place of what the page drew (fields the page did
   *     not draw are not added: a browser cannot send them either)
   * @throws IllegalArgumentException if the form has no such button (an unexpected page)
   */
  static FormPost of(Element form, String button, Map<String, String> typed) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    boolean pressed = false;
    for (Element field : form.select("input, select, textarea, button")) {
      String name = field.attr("name");
      if (name.isEmpty() || field.hasAttr("disabled")) {
        continue;
      }
      String type = field.attr("type").toLowerCase(Locale.ROOT);
      boolean isButton = field.normalName().equals("button") || type.equals("submit") || type.equals("image")
          || type.equals("reset") || type.equals("button");
      if (isButton) {
        if (name.equals(button)) {
          fields.add(Map.entry(name, field.hasAttr("value") ? field.attr("value") : ""));
          pressed = true;
        }
        continue;
      }
      String value;
      if (field.normalName().equals("select")) {
        Element chosen = field.selectFirst("option[selected]");
        chosen = chosen != null ? chosen : field.selectFirst("option");
        value = chosen == null ? null : chosen.hasAttr("value") ? chosen.attr("value") : chosen.text();
      } else if (type.equals("checkbox") || type.equals("radio")) {
        value = field.hasAttr("checked") ? (field.hasAttr("value") ? field.attr("value") : "on") : null;
      } else if (field.normalName().equals("textarea")) {
        value = field.wholeText();
      } else {
        value = field.attr("value");
      }
      if (typed.containsKey(name)) {
        value = typed.get(name);
      }
      if (value != null) {
        fields.add(Map.entry(name, value));
      }
    }
    if (!pressed) {
      throw new IllegalArgumentException("The form " + form.id() + " has no button " + button + ".");
    }
    return new FormPost(form.attr("action"), List.copyOf(fields));
  }

  /** The body, {@code application/x-www-form-urlencoded} as browsers encode it. */
  String body() {
    return fields.stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  String value(String name) {
    return fields.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
