package city.academy.web.home;

/**
 * A link on the home page or in the main navigation.
 *
 * @param label the link text
 * @param path the page, from the context root ({@code /catalogue.xhtml})
 * @param description one line under the link on the home page
 */
public record HomeLink(String label, String path, String description) {}
