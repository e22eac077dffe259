package city.academy.bench.load;

/**
 * What one page load of a virtual user was for. One request of the load is one page load: the
 * request and the redirects a browser would follow after it (a sign-in POST and the home page it
 * leads to are one request).
 */
public enum StepKind {
  SIGN_IN_PAGE("GET login.xhtml"),
  SIGN_IN("POST login.xhtml"),
  PROFILE("GET profile.xhtml"),
  HOME("GET index.xhtml"),
  SEARCH("GET catalogue.xhtml"),
  COURSE("GET course.xhtml"),
  BOOK("POST course.xhtml (book)"),
  BOOKINGS("GET bookings.xhtml"),
  CANCEL_PAGE("GET bookings.xhtml?cancel="),
  CANCEL("POST bookings.xhtml (cancel)"),
  PASSPORT("GET passport.xhtml"),
  TRANSFER_PAGE("GET organisation/transfer-check.xhtml"),
  TRANSFER_CHECK("POST organisation/transfer-check.xhtml"),
  SIGN_OUT("POST sign out");

  private final String request;

  StepKind(String request) {
    this.request = request;
  }

  /** The HTTP request in words, for the printed figures. */
  public String request() {
    return request;
  }

  /** Whether the request changes something on the server, so that repeating it needs care. */
  public boolean post() {
    return request.startsWith("POST");
  }
}
