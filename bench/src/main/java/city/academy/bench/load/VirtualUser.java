package city.academy.bench.load;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * One person at a browser: signs in, then finds training, opens courses, books, cancels, looks at
 * their passport (an HR admin also runs transfer checks), thinking between clicks, and now and then
 * signs out and in again. One request at a time, so the load is closed and bounded.
 *
 * <p>As a person would: a request that fails (no connection, no answer in time, a 5xx, an
 * unexpected page) is tried once more after a short pause, without signing in again; if that fails
 * too, the person gives up what they were doing and does something else. Sent to the sign-in page
 * while signed in, they sign in again (a lost sign-in, counted). A form answered with "this page had
 * expired" is opened again and posted again. A booking whose answer never came is looked up on
 * the course page afterwards, so the ledger says what happened where it can be known.
 */
final class VirtualUser implements Runnable {
  static final Duration RETRY_PAUSE = Duration.ofMillis(250);
  /** Read-backs of a lost booking answer tried before the ledger keeps it as unknown. */
  static final int READ_BACK_TRIES = 10;

  /** What the person does next, and how often (staff weights, HR admin weights). */
  enum Action {
    SEARCH(25, 20),
    COURSE(18, 14),
    BOOK(22, 17),
    CANCEL(14, 11),
    PASSPORT(18, 15),
    TRANSFER(0, 20),
    SIGN_OUT_AND_IN(3, 3);

    final int staffWeight;
    final int hrWeight;

    Action(int staffWeight, int hrWeight) {
      this.staffWeight = staffWeight;
      this.hrWeight = hrWeight;
    }
  }

  /** The step failed, and its retry too (both counted): the person gives up what they were doing. */
  static final class StepFailed extends Exception {
    StepFailed(String cause) {
      super(cause, null, false, false);
    }
  }

  /** A signed-in person was sent to the sign-in page (counted). */
  static final class SignInLost extends Exception {
    SignInLost() {
      super("sent to the sign-in page", null, false, false);
    }
  }

  /**
   * A form was answered with the "page had expired" page (counted).
   *
   * @see #afterFailure
   */
  static final class ViewExpired extends Exception {
    /** Whether an earlier attempt of the same post failed, so that it may have reached the server. */
    final boolean afterFailure;

    ViewExpired(boolean afterFailure) {
      super("the page had expired", null, false, false);
      this.afterFailure = afterFailure;
    }
  }

  /** The load is stopping: leave at once (between requests, never in the middle of one). */
  static final class Stopping extends RuntimeException {
    Stopping() {
      super(null, null, false, false);
    }
  }

  /** What is expected of a page: null when it is the page expected, else what is wrong with it. */
  @FunctionalInterface
  interface Expect {
    String problem(Document page);
  }

  /** A request to send (again, on a retry), and where it goes, for the report. */
  interface Call {
    Browser.Response send() throws IOException, InterruptedException;

    String address();

    static Call get(Browser browser, String path) {
      return new Call() {
        @Override
        public Browser.Response send() throws IOException, InterruptedException {
          return browser.get(path);
        }

        @Override
        public String address() {
          return path;
        }
      };
    }

    static Call post(Browser browser, FormPost form) {
      return new Call() {
        @Override
        public Browser.Response send() throws IOException, InterruptedException {
          return browser.post(form);
        }

        @Override
        public String address() {
          return "POST " + form.action();
        }
      };
    }
  }

  /** A page as the person got it, and whether it took a retry. */
  record Page(Document doc, boolean retried) {}

  /** A booking whose answer never came, to look up on its course page. */
  private record Pending(String courseLink, long sessionId, int tries) {}

  private enum Verdict { OK, FAILED, LOST_SIGN_IN, VIEW_EXPIRED }

  private record Attempt(Verdict verdict, Document page, String cause) {}

  private final String name;
  private final LoadAccount account;
  private final Browser browser;
  private final Recorder recorder;
  private final Duration thinkTime;
  private final Duration startDelay;
  private final CountDownLatch stop;
  private final Random random;

  private String personId;
  private boolean signedIn;
  /** The last page with this session's header (its sign-out form). */
  private Document lastPage;
  private Document course;
  private String courseLink;
  private final Set<String> knownCourses = new LinkedHashSet<>();
  private final Set<String> words = new LinkedHashSet<>();
  /** Bookings whose answer never came, by session, oldest first. */
  private final Map<Long, Pending> pending = new java.util.LinkedHashMap<>();

  VirtualUser(int number, LoadAccount account, Browser browser, Recorder recorder, Duration thinkTime,
      Duration startDelay, CountDownLatch stop) {
    this.name = account.username();
    this.account = account;
    this.browser = browser;
    this.recorder = recorder;
    this.thinkTime = thinkTime;
    this.startDelay = startDelay;
    this.stop = stop;
    this.random = new Random(31L * number + account.username().hashCode());
    this.personId = account.personId();
  }

  @Override
  public void run() {
    try {
      pause(startDelay, true);
      while (stop.getCount() > 0) {
        try {
          if (!signedIn) {
            signIn();
          }
          if (!pending.isEmpty()) {
            readBack();
          }
          act(next());
        } catch (SignInLost e) {
          // counted; the person signs in again at once and goes on
          signedIn = false;
          lastPage = null;
          course = null;
        } catch (StepFailed | ViewExpired e) {
          // counted; the person gives up what they were doing and does something else
        } catch (Stopping e) {
          throw e;
        } catch (RuntimeException e) {
          // a page this generator cannot read: say so loudly, and go on
          recorder.generatorError(name + ": " + e);
          course = null;
        }
      }
    } catch (Stopping e) {
      // the load is over
    }
  }

  private Action next() {
    int total = 0;
    for (Action a : Action.values()) {
      total += weight(a);
    }
    int pick = random.nextInt(total);
    for (Action a : Action.values()) {
      pick -= weight(a);
      if (pick < 0) {
        return a;
      }
    }
    return Action.SEARCH;
  }

  private int weight(Action action) {
    return account.hrAdmin() ? action.hrWeight : action.staffWeight;
  }

  private void act(Action action) throws StepFailed, SignInLost, ViewExpired {
    switch (action) {
      case SEARCH -> search();
      case COURSE -> openCourse(null);
      case BOOK -> book();
      case CANCEL -> cancel();
      case PASSPORT -> passport();
      case TRANSFER -> transferCheck();
      case SIGN_OUT_AND_IN -> signOutAndIn();
    }
  }

  // --- signing in and out

  void signIn() throws StepFailed, SignInLost, ViewExpired {
    Page login = load(StepKind.SIGN_IN_PAGE, Call.get(browser, "login.xhtml"),
        p -> PageReading.signInForm(p) || PageReading.signedIn(p) ? null : "no sign-in form");
    if (!PageReading.signedIn(login.doc())) {
      FormPost form = FormPost.of(login.doc().selectFirst("form#login"), "signIn",
          Map.of("username", account.username(), "password", account.password()));
      load(StepKind.SIGN_IN, Call.post(browser, form), p -> PageReading.signedIn(p) ? null
          : PageReading.signInForm(p) ? "sign-in refused: " + String.join(" ", PageReading.errors(p)) : "no signed-in page");
    }
    signedIn = true;
    if (personId == null) {
      Page profile = load(StepKind.PROFILE, Call.get(browser, "profile.xhtml"),
          p -> p.getElementById("person-id") != null ? null : "no passport identity on the profile page");
      personId = profile.doc().getElementById("person-id").text().strip();
    }
  }

  private void signOutAndIn() throws StepFailed, SignInLost, ViewExpired {
    // Not from Find training: Sign out there answers 500 (PropertyNotWritableException: its search
    // form's "available" checkbox is a JSF input outside any h:form, bound to the read-only
    // onlyAvailable, and is decoded on every post of the page). A portal defect, reported; a
    // failover test must not count it as the failover's.
    if (lastPage == null || lastPage.selectFirst("form#signout") == null || "Find training".equals(PageReading.heading(lastPage))) {
      home();
    }
    try {
      signOut(lastPage);
    } catch (ViewExpired e) {
      // the page the button was on is gone from the server: open one, press Sign out again
      home();
      recorder.repost();
      signOut(lastPage);
    }
    signIn();
  }

  private void home() throws StepFailed, SignInLost, ViewExpired {
    load(StepKind.HOME, Call.get(browser, "index.xhtml"), p -> PageReading.signedIn(p) ? null : "no signed-in page");
  }

  private void signOut(Document from) throws StepFailed, SignInLost, ViewExpired {
    FormPost form = FormPost.of(from.selectFirst("form#signout"), "signout:signoutButton", Map.of());
    load(StepKind.SIGN_OUT, Call.post(browser, form), p -> PageReading.signInForm(p) ? null : "not the sign-in page");
    signedIn = false;
    lastPage = null;
    course = null;
  }

  // --- finding training

  private void search() throws StepFailed, SignInLost, ViewExpired {
    StringBuilder address = new StringBuilder("catalogue.xhtml?search=1");
    if (!words.isEmpty() && random.nextBoolean()) {
      address.append("&q=").append(java.net.URLEncoder.encode(pick(new ArrayList<>(words)), java.nio.charset.StandardCharsets.UTF_8));
    }
    if (random.nextInt(3) == 0) {
      address.append("&available=on");
    }
    String path = address.toString();
    Page found = load(StepKind.SEARCH, Call.get(browser, path),
        p -> "Find training".equals(PageReading.heading(p)) && PageReading.errors(p).isEmpty()
            && p.getElementById("results") != null ? null : problem(p, "no search results"));
    for (Element hit : found.doc().select("a.hit-course")) {
      knownCourses.add(hit.attr("href"));
      for (String word : hit.text().split("\\s+")) {
        if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
          words.add(word.toLowerCase(Locale.UK));
        }
      }
    }
  }

  /** Opens a course page: the one given, or one the person has found. */
  private Page openCourse(String link) throws StepFailed, SignInLost, ViewExpired {
    if (link == null) {
      if (knownCourses.isEmpty()) {
        search();
      }
      if (knownCourses.isEmpty()) {
        return null;
      }
      link = pick(new ArrayList<>(knownCourses));
    }
    String path = link;
    Page page = load(StepKind.COURSE, Call.get(browser, path),
        p -> PageReading.heading(p) != null && PageReading.errors(p).isEmpty() && p.getElementById("sessions") != null
            ? null : problem(p, "no sessions table"));
    course = page.doc();
    courseLink = link;
    return page;
  }

  // --- booking

  private void book() throws StepFailed, SignInLost, ViewExpired {
    if (course == null || random.nextInt(3) == 0) {
      openCourse(null);
    }
    Element form = course == null ? null : chooseBookForm(course);
    if (form == null && openCourse(null) != null) {
      form = chooseBookForm(course);
    }
    if (form == null) {
      // Every session found is booked already: the person gives up a place instead, so that a long
      // run keeps booking rather than running dry.
      cancel();
      return;
    }
    long sessionId = Long.parseLong(form.selectFirst("input[name=session]").attr("value"));
    bookPost(FormPost.of(form, bookButton(form).attr("name"), Map.of()), sessionId, courseLink, false);
  }

  /**
   * The Book form of a session: a plain Book most of the time, the waitlist now and then, a
   * session that needs the line manager's approval rarely (its request waits; the ledger knows).
   */
  private Element chooseBookForm(Document page) {
    List<Element> book = new ArrayList<>();
    List<Element> waitlist = new ArrayList<>();
    List<Element> ask = new ArrayList<>();
    for (Element form : page.select("form[id$=book-form]")) {
      Element button = bookButton(form);
      if (button == null || form.selectFirst("input[name=session]") == null) {
        continue;
      }
      switch (button.attr("value")) {
        case "Book" -> book.add(form);
        case "Join the waitlist" -> waitlist.add(form);
        default -> ask.add(form);
      }
    }
    int roll = random.nextInt(20);
    if (!ask.isEmpty() && roll == 0) {
      return pick(ask);
    }
    if (!book.isEmpty() && (roll < 16 || waitlist.isEmpty())) {
      return pick(book);
    }
    return waitlist.isEmpty() ? null : pick(waitlist);
  }

  private static Element bookButton(Element form) {
    return form.selectFirst("input[type=submit]");
  }

  private static Element bookFormFor(Document page, long sessionId) {
    for (Element form : page.select("form[id$=book-form]")) {
      Element session = form.selectFirst("input[name=session]");
      if (session != null && session.attr("value").equals(String.valueOf(sessionId)) && bookButton(form) != null) {
        return form;
      }
    }
    return null;
  }

  private void bookPost(FormPost post, long sessionId, String link, boolean repost) throws StepFailed, SignInLost, ViewExpired {
    Page answer;
    try {
      answer = load(StepKind.BOOK, Call.post(browser, post), VirtualUser::bookingAnswerProblem);
    } catch (StepFailed e) {
      ledger(LedgerEntry.Action.BOOK, sessionId, null, Outcome.UNKNOWN, true, e.getMessage());
      pending.put(sessionId, new Pending(link, sessionId, 0));
      throw e;
    } catch (SignInLost e) {
      ledger(LedgerEntry.Action.BOOK, sessionId, null, Outcome.UNKNOWN, false, e.getMessage());
      pending.put(sessionId, new Pending(link, sessionId, 0));
      throw e;
    } catch (ViewExpired e) {
      if (e.afterFailure) {
        ledger(LedgerEntry.Action.BOOK, sessionId, null, Outcome.UNKNOWN, true, "the page had expired on the retry");
      }
      if (repost) {
        if (e.afterFailure) {
          pending.put(sessionId, new Pending(link, sessionId, 0));
        }
        throw e;
      }
      // Open the course again: if the place is held, the first post went through; else book again.
      Page again = openCourse(link);
      Outcome held = PageReading.heldOn(again.doc(), sessionId);
      if (held != null && held.holds()) {
        ledger(LedgerEntry.Action.READ_BACK, sessionId, null, held, true, "held, seen after an expired page");
        return;
      }
      Element form = bookFormFor(again.doc(), sessionId);
      if (form == null) {
        if (held != null) {
          ledger(LedgerEntry.Action.READ_BACK, sessionId, null, held, true, "not held, seen after an expired page");
        }
        return;
      }
      recorder.repost();
      bookPost(FormPost.of(form, bookButton(form).attr("name"), Map.of()), sessionId, link, true);
      return;
    }
    Document page = answer.doc();
    Outcome outcome = PageReading.bookingOutcome(page);
    String words;
    if (outcome != null) {
      words = page.getElementById("outcome").ownText();
    } else {
      words = PageReading.errors(page).get(0);
      outcome = PageReading.alreadyBooked(words) ? Outcome.ALREADY_BOOKED : Outcome.REFUSED;
    }
    ledger(LedgerEntry.Action.BOOK, sessionId, null, outcome, answer.retried() || repost, words);
    course = page; // the course page, drawn again with the outcome
  }

  /** The booking's answer: an outcome, or the service's refusal in words; a passing trouble is a failure. */
  static String bookingAnswerProblem(Document page) {
    if (PageReading.bookingOutcome(page) != null) {
      return null;
    }
    List<String> errors = PageReading.errors(page);
    if (errors.isEmpty()) {
      return problem(page, "no booking outcome");
    }
    String first = errors.get(0);
    if (PageReading.alreadyBooked(first) || !PageReading.transientError(first)) {
      return null;
    }
    return "message: " + first;
  }

  /**
   * Looks up, on its course page, the oldest booking whose answer never came. Given up after
   * {@link #READ_BACK_TRIES} failed looks: the ledger then keeps it as unknown.
   */
  private void readBack() throws StepFailed, SignInLost, ViewExpired {
    Pending lookup = pending.values().iterator().next();
    if (lookup.tries() + 1 >= READ_BACK_TRIES) {
      pending.remove(lookup.sessionId());
    } else {
      pending.put(lookup.sessionId(), new Pending(lookup.courseLink(), lookup.sessionId(), lookup.tries() + 1));
    }
    Page page = openCourse(lookup.courseLink());
    pending.remove(lookup.sessionId());
    Outcome held = PageReading.heldOn(page.doc(), lookup.sessionId());
    if (held != null) {
      ledger(LedgerEntry.Action.READ_BACK, lookup.sessionId(), null, held, true, "read back after a lost answer");
    }
  }

  // --- cancelling

  private void cancel() throws StepFailed, SignInLost, ViewExpired {
    Page list = load(StepKind.BOOKINGS, Call.get(browser, "bookings.xhtml"),
        p -> "My bookings".equals(PageReading.heading(p)) && PageReading.errors(p).isEmpty()
            && p.getElementById("bookings") != null ? null : problem(p, "no bookings table"));
    Elements links = list.doc().select("a[id^=cancel-]");
    if (links.isEmpty()) {
      return;
    }
    Element link = pick(links);
    long bookingId = Long.parseLong(link.id().substring("cancel-".length()));
    String href = link.attr("href");
    Page confirm = openCancel(href);
    cancelPost(confirm.doc(), bookingId, href, false);
  }

  private Page openCancel(String href) throws StepFailed, SignInLost, ViewExpired {
    return load(StepKind.CANCEL_PAGE, Call.get(browser, href),
        p -> p.selectFirst("form#cancel-form") != null && PageReading.errors(p).isEmpty() ? null : problem(p, "no cancel form"));
  }

  private void cancelPost(Document confirm, long bookingId, String href, boolean repost) throws StepFailed, SignInLost, ViewExpired {
    FormPost post = FormPost.of(confirm.selectFirst("form#cancel-form"), "confirm-cancel", Map.of());
    Page answer;
    try {
      answer = load(StepKind.CANCEL, Call.post(browser, post), VirtualUser::cancelAnswerProblem);
    } catch (StepFailed e) {
      ledger(LedgerEntry.Action.CANCEL, 0, bookingId, Outcome.UNKNOWN, true, e.getMessage());
      throw e;
    } catch (SignInLost e) {
      ledger(LedgerEntry.Action.CANCEL, 0, bookingId, Outcome.UNKNOWN, false, e.getMessage());
      throw e;
    } catch (ViewExpired e) {
      if (e.afterFailure) {
        ledger(LedgerEntry.Action.CANCEL, 0, bookingId, Outcome.UNKNOWN, true, "the page had expired on the retry");
      }
      if (repost) {
        throw e;
      }
      Page again = openCancel(href);
      Element now = again.doc().getElementById("cancel-what");
      if (now != null && now.text().contains("Now: Cancelled")) {
        ledger(LedgerEntry.Action.CANCEL, 0, bookingId, Outcome.ALREADY_CANCELLED, true, now.text());
        return;
      }
      recorder.repost();
      cancelPost(again.doc(), bookingId, href, true);
      return;
    }
    Element done = answer.doc().getElementById("done");
    if (done != null) {
      ledger(LedgerEntry.Action.CANCEL, 0, bookingId, Outcome.CANCELLED, answer.retried() || repost, done.text());
      return;
    }
    String words = PageReading.errors(answer.doc()).get(0);
    Outcome outcome = PageReading.alreadyCancelled(words) ? Outcome.ALREADY_CANCELLED : Outcome.REFUSED;
    ledger(LedgerEntry.Action.CANCEL, 0, bookingId, outcome, answer.retried() || repost, words);
  }

  static String cancelAnswerProblem(Document page) {
    if (page.getElementById("done") != null) {
      return null;
    }
    List<String> errors = PageReading.errors(page);
    if (errors.isEmpty()) {
      return problem(page, "no cancellation outcome");
    }
    String first = errors.get(0);
    return PageReading.alreadyCancelled(first) || !PageReading.transientError(first) ? null : "message: " + first;
  }

  // --- the passport, and HR's transfer check

  private void passport() throws StepFailed, SignInLost, ViewExpired {
    load(StepKind.PASSPORT, Call.get(browser, "passport.xhtml"),
        p -> "My passport".equals(PageReading.heading(p)) && PageReading.errors(p).isEmpty()
            && p.getElementById("summary") != null ? null : problem(p, "no passport summary"));
  }

  private void transferCheck() throws StepFailed, SignInLost, ViewExpired {
    if (!account.hrAdmin()) {
      passport();
      return;
    }
    Page form = openTransferCheck();
    try {
      transferPost(form.doc());
    } catch (ViewExpired e) {
      recorder.repost();
      transferPost(openTransferCheck().doc());
    }
  }

  private Page openTransferCheck() throws StepFailed, SignInLost, ViewExpired {
    return load(StepKind.TRANSFER_PAGE, Call.get(browser, "organisation/transfer-check.xhtml"),
        p -> p.selectFirst("form#transfer-check-form") != null && PageReading.errors(p).isEmpty()
            ? null : problem(p, "no transfer check form"));
  }

  /** Checks the HR admin's own passport against a post of their organisation (they work there). */
  private void transferPost(Document page) throws StepFailed, SignInLost, ViewExpired {
    List<String> groups = page.select("select#staffGroup option").eachAttr("value").stream().filter(v -> !v.isBlank()).toList();
    String group = groups.isEmpty() ? "" : pick(groups);
    String start = LocalDate.now().plusDays(14 + random.nextInt(60)).toString();
    FormPost post = FormPost.of(page.selectFirst("form#transfer-check-form"), "check",
        Map.of("personId", personId == null ? "" : personId, "staffGroup", group, "startDate", start));
    load(StepKind.TRANSFER_CHECK, Call.post(browser, post), p -> p.getElementById("result") != null ? null
        : PageReading.errors(p).isEmpty() ? problem(p, "no transfer check result") : "message: " + PageReading.errors(p).get(0));
  }

  // --- one page load, with the person's failure handling

  /**
   * Thinks, then loads a page; a failed load is tried once more after {@link #RETRY_PAUSE}.
   *
   * @throws StepFailed when the retry failed too
   * @throws SignInLost when either attempt led to the sign-in page, or both were refused (403)
   * @throws ViewExpired when a post was answered with the expired page (not retried as such: the
   *     caller opens the page again)
   */
  Page load(StepKind kind, Call call, Expect expect) throws StepFailed, SignInLost, ViewExpired {
    pause(thinking(), true);
    Attempt first = attempt(kind, call, expect);
    switch (first.verdict()) {
      case OK:
        return new Page(first.page(), false);
      case LOST_SIGN_IN:
        throw lost(kind, first);
      case VIEW_EXPIRED:
        recorder.viewExpired();
        throw new ViewExpired(false);
      default:
        break;
    }
    double failedAt = recorder.now();
    pause(RETRY_PAUSE, false);
    Attempt second = attempt(kind, call, expect);
    recorder.retry(failedAt, name, kind, first.cause(), second.verdict() == Verdict.OK);
    switch (second.verdict()) {
      case OK:
        return new Page(second.page(), true);
      case LOST_SIGN_IN:
        throw lost(kind, second);
      case VIEW_EXPIRED:
        recorder.viewExpired();
        throw new ViewExpired(true);
      default:
        break;
    }
    if (signedIn && forbidden(first) && forbidden(second) && stillForbidden()) {
      // Refused a page every signed-in person may see, again on the retry and on the home page: the
      // session has lost its roles (Payara issue 6342 when a session moves to another cluster
      // member; a stray 403 under load, issue 6145, rarely comes three times). Sign out is refused
      // too (it posts to the same page), so the person starts afresh, as with a new browser.
      recorder.rolesLost(name, kind, second.cause());
      browser.clearCookies();
      throw new SignInLost();
    }
    throw new StepFailed(second.cause());
  }

  /** After two refusals, the person waits a second and opens the home page: refused there too? */
  private boolean stillForbidden() {
    pause(Duration.ofSeconds(1), false);
    return forbidden(attempt(StepKind.HOME, Call.get(browser, "index.xhtml"),
        p -> PageReading.signedIn(p) ? null : "no signed-in page"));
  }

  private static boolean forbidden(Attempt attempt) {
    return attempt.cause() != null && attempt.cause().startsWith("HTTP 403");
  }

  private SignInLost lost(StepKind kind, Attempt attempt) {
    recorder.lostSignIn(name, kind, attempt.cause());
    return new SignInLost();
  }

  private Attempt attempt(StepKind kind, Call call, Expect expect) {
    long started = System.nanoTime();
    Browser.Response response;
    try {
      response = call.send();
    } catch (HttpTimeoutException e) {
      return failed(kind, call, e instanceof java.net.http.HttpConnectTimeoutException ? "connect timeout" : "timeout");
    } catch (IOException e) {
      return failed(kind, call, "connection: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + shorten(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopping();
    }
    long nanos = System.nanoTime() - started;
    Document page = Jsoup.parse(response.body(), response.uri().toString());
    Verdict verdict = Verdict.OK;
    String cause = null;
    boolean signingIn = kind == StepKind.SIGN_IN_PAGE || kind == StepKind.SIGN_IN || kind == StepKind.SIGN_OUT;
    if (kind == StepKind.SIGN_IN) {
      // After signing in, any signed-in page will do: login-to-continue may lead back to an older page.
      cause = PageReading.signedIn(page) ? null : response.status() >= 500 ? "HTTP " + response.status() : expect.problem(page);
      verdict = cause == null ? Verdict.OK : Verdict.FAILED;
    } else if (kind.post() && PageReading.viewExpired(page)) {
      verdict = Verdict.VIEW_EXPIRED;
      cause = "the page had expired";
    } else if (!signingIn && signedIn && (response.redirectedToSignIn() || PageReading.signInForm(page))) {
      verdict = Verdict.LOST_SIGN_IN;
      cause = "sent to the sign-in page from " + (response.redirects().isEmpty() ? "the page asked for" : "a redirect")
          + " (" + response.uri().getPath() + ")";
    } else if (response.status() >= 400) {
      verdict = Verdict.FAILED;
      String heading = PageReading.errorHeading(page);
      cause = "HTTP " + response.status() + (heading == null ? "" : " (" + heading + ")");
    } else if (PageReading.errorHeading(page) != null) {
      verdict = Verdict.FAILED;
      cause = "error page: " + PageReading.errorHeading(page);
    } else {
      cause = expect.problem(page);
      verdict = cause == null ? Verdict.OK : Verdict.FAILED;
    }
    if (verdict == Verdict.OK) {
      recorder.completed(kind, nanos);
      if (PageReading.signedIn(page)) {
        lastPage = page;
      }
    } else {
      recorder.failed(name, kind, response.uri().toString(), cause);
    }
    return new Attempt(verdict, page, cause);
  }

  private Attempt failed(StepKind kind, Call call, String cause) {
    recorder.failed(name, kind, call.address(), cause);
    return new Attempt(Verdict.FAILED, null, cause);
  }

  /** What is wrong with a page that is not the one expected: its first error message, or the words given. */
  static String problem(Document page, String otherwise) {
    List<String> errors = PageReading.errors(page);
    return errors.isEmpty() ? "unexpected page: " + otherwise : "message: " + errors.get(0);
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }

  private void ledger(LedgerEntry.Action action, long sessionId, Long bookingId, Outcome outcome, boolean retried, String words) {
    recorder.ledger(name, personId, action, sessionId, bookingId, outcome, retried, words);
  }

  private Duration thinking() {
    long millis = thinkTime.toMillis();
    return millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis / 2 + (long) (random.nextDouble() * millis));
  }

  /**
   * Waits; a stop ends a think at once ({@code stoppable}), but not the short pause before a retry,
   * so that a step under way is finished and its ledger line written.
   */
  private void pause(Duration time, boolean stoppable) {
    try {
      if (stoppable) {
        if (stop.await(time.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new Stopping();
        }
      } else if (!time.isZero()) {
        Thread.sleep(time.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopping();
    }
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
