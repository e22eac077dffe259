package city.academy.web.home;

import city.academy.web.security.PortalRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which links each role gets on the home page and in the main navigation. Showing a link decides
 * nothing: the pages are protected in {@code web.xml} and the services decide what each caller may
 * see.
 */
public final class HomeLinks {

  static final HomeLink HOME = new HomeLink("Home", "/index.xhtml", "Your home page");
  static final HomeLink MY_PASSPORT =
      new HomeLink(
          "My passport",
          "/passport.xhtml",
          "Your mandatory training: what is up to date, what expires soon, what to do next");
  static final HomeLink MY_PROFILE =
      new HomeLink("My profile", "/profile.xhtml", "Your passport identity and the posts you hold");
  static final HomeLink FIND_TRAINING =
      new HomeLink("Find training", "/catalogue.xhtml", "Courses from every partner across the city");
  static final HomeLink MY_BOOKINGS =
      new HomeLink("My bookings", "/bookings.xhtml", "Sessions you have booked or are waiting for; cancel a place");
  static final HomeLink MESSAGES =
      new HomeLink("Messages", "/messages.xhtml", "Confirmations, waitlist news and cancellations about your bookings");
  static final HomeLink APPROVALS =
      new HomeLink("Approvals", "/approvals.xhtml", "Your team's requests for training that needs your approval");
  static final HomeLink MY_TEAM =
      new HomeLink("My team", "/team.xhtml", "The mandatory training of the people you manage");
  static final HomeLink SHARE_PASSPORT =
      new HomeLink("Share my passport", "/share-codes.xhtml", "Share codes for HR at an organisation you are moving to");
  static final HomeLink SIGNED_PASSPORT =
      new HomeLink("My signed passport", "/credentials.xhtml", "Sign your passport so anyone can check it without an account");
  static final HomeLink TRAINING_RECORDS =
      new HomeLink("Training records", "/organisation/records.xhtml", "Add, correct or withdraw your staff's training records");
  static final HomeLink CITY_COMPLIANCE =
      new HomeLink("City compliance", "/city.xhtml", "Mandatory training across every partner, by subject and organisation");
  static final HomeLink OUR_STAFF =
      new HomeLink("Our staff", "/organisation/staff.xhtml", "The people who work for your organisation");
  static final HomeLink OUR_COURSES =
      new HomeLink("Our courses", "/provider/courses.xhtml", "Your courses' sessions: schedule, change, cancel, and the attendance register");
  static final HomeLink FILL_REPORT =
      new HomeLink("Fill report", "/provider/reports.xhtml", "How your sessions' places were used, month by month, as a chart and CSV");
  static final HomeLink CITY_FILL =
      new HomeLink("City fill and sharing", "/academy/fill.xhtml", "How every partner's places were used and shared, month by month");
  static final HomeLink FRAMEWORK =
      new HomeLink(
          "Training framework",
          "/framework.xhtml",
          "Subjects, levels and refresher periods every partner trains to");
  static final HomeLink PARTNERS =
      new HomeLink("Partners", "/organisation/partners.xhtml", "The partner organisations of the academy");
  static final HomeLink STAFF_LISTS =
      new HomeLink("Staff lists", "/organisation/staff.xhtml", "The staff of any partner organisation");

  static final HomeLink TRANSFER_CHECK =
      new HomeLink(
          "Transfer check",
          "/organisation/transfer-check.xhtml",
          "Which of a new starter's training already counts, and what to do before they start");
  static final HomeLink COMPLIANCE =
      new HomeLink(
          "Compliance", "/organisation/compliance.xhtml", "How many of your staff meet every requirement, and what expires soon");
  static final HomeLink EMAIL_PROBLEMS =
      new HomeLink("Emails that do not arrive", "/organisation/email-problems.xhtml", "Staff whose email address is refused, so they miss reminders");
  static final HomeLink IMPORTS =
      new HomeLink(
          "Import records", "/organisation/imports.xhtml", "Upload a CSV file of training records from your HR or training system");
  static final HomeLink CITY_IMPORTS =
      new HomeLink("Import records", "/organisation/imports.xhtml", "Partners' CSV files of training records: upload, follow, see what was rejected");
  static final HomeLink PARTNER_COMPLIANCE =
      new HomeLink("Compliance", "/organisation/compliance.xhtml", "The compliance of any partner organisation");

  static final HomeLink MY_APPRENTICESHIP =
      new HomeLink("My apprenticeship", "/apprenticeships/mine.xhtml", "Log your off-the-job hours and see your progress and reviews");
  static final HomeLink MANAGED_APPRENTICES =
      new HomeLink("Apprentices I manage", "/apprenticeships/team.xhtml", "Confirm your apprentices' off-the-job hours and record reviews");
  static final HomeLink OUR_APPRENTICES =
      new HomeLink("Apprentices", "/apprenticeships/cohorts.xhtml", "Your apprentices and the cohorts your organisation takes part in");
  static final HomeLink PROVIDER_COHORTS =
      new HomeLink("Apprentice cohorts", "/apprenticeships/cohorts.xhtml", "The apprenticeship cohorts whose training you deliver");
  static final HomeLink PROGRAMMES =
      new HomeLink("Programmes", "/apprenticeships/programmes.xhtml", "The apprenticeship standards the academy runs");
  static final HomeLink COHORTS =
      new HomeLink("Cohorts", "/apprenticeships/cohorts.xhtml", "Apprenticeship cohorts: set one up, enrol apprentices, see how each is doing");
  static final HomeLink CITY_APPRENTICESHIPS =
      new HomeLink("City apprenticeships report", "/apprenticeships/city.xhtml", "Every cohort and programme across the city, with equality figures");

  private static final Map<String, HomeSection> SECTIONS = new LinkedHashMap<>();

  static {
    add(new HomeSection(PortalRole.STAFF, "Your learning", List.of(MY_PASSPORT, SHARE_PASSPORT, SIGNED_PASSPORT, MY_PROFILE, FIND_TRAINING, MY_BOOKINGS, MESSAGES, MY_APPRENTICESHIP), null));
    add(
        new HomeSection(
            PortalRole.LINE_MANAGER,
            "Your team",
            List.of(MY_TEAM, APPROVALS, MANAGED_APPRENTICES),
            null));
    add(new HomeSection(PortalRole.HR_ADMIN, "Your organisation", List.of(OUR_STAFF, TRANSFER_CHECK, COMPLIANCE, TRAINING_RECORDS, IMPORTS, EMAIL_PROBLEMS, OUR_APPRENTICES), null));
    add(new HomeSection(PortalRole.PROVIDER, "Your training team", List.of(OUR_COURSES, FILL_REPORT, PROVIDER_COHORTS), null));
    add(
        new HomeSection(
            PortalRole.ACADEMY_ADMIN, "The academy", List.of(CITY_COMPLIANCE, CITY_FILL, FRAMEWORK, PARTNERS, STAFF_LISTS, PARTNER_COMPLIANCE, CITY_IMPORTS, PROGRAMMES, COHORTS,
                CITY_APPRENTICESHIPS), null));
  }

  private HomeLinks() {}

  private static void add(HomeSection section) {
    SECTIONS.put(section.role(), section);
  }

  /** The home page sections for the roles held, in a fixed order; unknown roles are ignored. */
  public static List<HomeSection> sectionsFor(Collection<String> roles) {
    List<HomeSection> sections = new ArrayList<>();
    for (Map.Entry<String, HomeSection> entry : SECTIONS.entrySet()) {
      if (roles.contains(entry.getKey())) {
        sections.add(entry.getValue());
      }
    }
    return sections;
  }

  /**
   * The main navigation: Home, then My passport for anyone with a person's role, then each page the
   * roles lead to, once, in home page order.
   */
  public static List<HomeLink> navigationFor(Collection<String> roles) {
    Map<String, HomeLink> byPath = new LinkedHashMap<>();
    byPath.put(HOME.path(), HOME);
    if (PortalRole.PEOPLE.stream().anyMatch(roles::contains)) {
      byPath.put(MY_PASSPORT.path(), MY_PASSPORT);
    }
    for (HomeSection section : sectionsFor(roles)) {
      for (HomeLink link : section.links()) {
        byPath.putIfAbsent(link.path(), link);
      }
    }
    return List.copyOf(byPath.values());
  }
}
