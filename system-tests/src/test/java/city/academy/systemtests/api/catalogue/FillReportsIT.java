package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.API;
import static city.academy.systemtests.api.catalogue.Sessions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import city.academy.systemtests.Api;
import city.academy.systemtests.PlatformExtension;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fill and sharing reports: a provider sees its own organisation, academy admins every provider and
 * the city, staff nothing; the figures of a month far ahead that no other test uses; CSV; bad months.
 */
@ExtendWith(PlatformExtension.class)
class FillReportsIT {
  static YearMonth month;
  static String nghProvider;
  static String admin;

  @BeforeAll
  static void sessionsInAMonthOfTheirOwn() {
    month = YearMonth.from(LocalDate.now(ZoneId.of("Europe/London"))).plusMonths(26);
    LocalDate day = month.atDay(10);
    nghProvider = People.providerOf("NGH");
    admin = People.token(People.newPersonId(), List.of("ACADEMY_ADMIN"), List.of(), List.of());
    // NGH: 5 places (3 reserved); two of its nurses and one carer from BWC take places
    long fire = Sessions.scheduled(nghProvider, SessionSearchIT.courseTitled("Fire Safety Awareness"), SessionSearchIT.plan(day, "10:00", 5, 3));
    Sessions.booked(People.staffOf("NGH"), fire);
    Sessions.booked(People.staffOf("NGH"), fire);
    assertThat(Sessions.booked(People.staffOf("BWC"), fire).getBoolean("partnerPlace")).isTrue();
    // NGH cancels another session of the month: counted as cancelled, its places not offered
    long cancelled = Sessions.scheduled(nghProvider, SessionSearchIT.courseTitled("Immediate Life Support"), SessionSearchIT.plan(day, "13:00", 4, 2));
    assertThat(Api.post(API + "/sessions/" + cancelled + "/cancellation", nghProvider, "{}").status()).isEqualTo(200);
    // BWC: 2 places, one taken by an NGH nurse (released at the start: reserved 0)
    long dementia = Sessions.scheduled(People.providerOf("BWC"), SessionSearchIT.courseTitled("Dementia Care Essentials"),
        SessionSearchIT.plan(day.plusDays(1), "11:00", 2, 0));
    Sessions.booked(People.staffOf("NGH"), dementia);
  }

  static String period() {
    return "?from=" + month + "&to=" + month;
  }

  static JsonObject ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.object();
  }

  @Test
  void aProviderSeesItsOwnOrganisationsMonths() {
    JsonObject report = ok(Api.get(API + "/reports/providers/NGH" + period(), nghProvider));
    assertThat(report.getString("providerCode")).isEqualTo("NGH");
    assertThat(report.getJsonArray("months")).hasSize(1);
    JsonObject m = report.getJsonArray("months").getJsonObject(0);
    assertThat(m.getString("month")).isEqualTo(month.toString());
    assertThat(m.getInt("sessions")).isEqualTo(2);
    assertThat(m.getInt("cancelledSessions")).isEqualTo(1);
    assertThat(m.getInt("placesOffered")).isEqualTo(5);
    assertThat(m.getInt("placesFilled")).isEqualTo(3);
    assertThat(m.getInt("placesUnfilled")).isEqualTo(2);
    assertThat(m.getInt("filledByOtherPartners")).isEqualTo(1);
    assertThat(m.getInt("attendanceMarked")).isZero();
    assertThat(m.get("didNotAttendRate")).as("nothing marked yet: null, left out").isNull();
    assertThat(report.getJsonObject("total").getInt("placesFilled")).isEqualTo(3);
  }

  @Test
  void thisYearByDefaultMonthByMonth() {
    JsonObject report = ok(Api.get(API + "/reports/providers/NGH", nghProvider));
    int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
    assertThat(report.getString("from")).isEqualTo(year + "-01");
    assertThat(report.getString("to")).isEqualTo(year + "-12");
    assertThat(report.getJsonArray("months")).hasSize(12);
  }

  @Test
  void aProviderDoesNotSeeAnotherOrganisationAndStaffSeeNoReport() {
    assertProblem(Api.get(API + "/reports/providers/BWC" + period(), nghProvider), 403, "provide training for");
    assertProblem(Api.get(API + "/reports/city" + period(), nghProvider), 403, null);
    String staff = People.staffOf("NGH");
    assertProblem(Api.get(API + "/reports/providers/NGH" + period(), staff), 403, null);
    assertProblem(Api.get(API + "/reports/city" + period(), staff), 403, null);
    assertProblem(Api.send("GET", API + "/reports/providers/NGH/csv" + period(), staff, null, null, "text/csv"), 403, null);
  }

  @Test
  void academyAdminsSeeEveryProviderAndTheCity() {
    JsonObject bwc = ok(Api.get(API + "/reports/providers/BWC" + period(), admin)).getJsonArray("months").getJsonObject(0);
    assertThat(bwc.getInt("placesOffered")).isEqualTo(2);
    assertThat(bwc.getInt("filledByOtherPartners")).isEqualTo(1);

    JsonObject city = ok(Api.get(API + "/reports/city" + period(), admin));
    JsonObject total = city.getJsonArray("months").getJsonObject(0);
    assertThat(total.getInt("sessions")).isEqualTo(3);
    assertThat(total.getInt("placesOffered")).isEqualTo(7);
    assertThat(total.getInt("placesFilled")).isEqualTo(4);
    assertThat(total.getInt("filledByOtherPartners")).isEqualTo(2);
    assertThat(city.getJsonArray("providers").getValuesAs(JsonObject.class)).extracting(p -> p.getString("providerCode"))
        .containsExactly("BWC", "NGH");
  }

  @Test
  void csvForAProviderAndForTheCity() {
    Api.Reply csv = Api.send("GET", API + "/reports/providers/NGH/csv" + period(), nghProvider, null, null, "text/csv");
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text().lines().toList()).containsExactly(
        "provider,month,sessions,cancelled_sessions,places_offered,places_filled,places_unfilled,filled_by_other_partners,"
            + "attendance_marked,did_not_attend,did_not_attend_rate",
        "NGH," + month + ",2,1,5,3,2,1,0,0,");
    Api.Reply city = Api.send("GET", API + "/reports/city/csv" + period(), admin, null, null, "text/csv");
    assertThat(city.status()).as(city.toString()).isEqualTo(200);
    assertThat(city.text().lines().skip(1).toList()).containsExactly(
        "BWC," + month + ",1,0,2,1,1,1,0,0,", "NGH," + month + ",2,1,5,3,2,1,0,0,", "CITY," + month + ",3,1,7,4,3,2,0,0,");
  }

  @Test
  void badMonthsAndUnknownProviders() {
    assertProblem(Api.get(API + "/reports/providers/NGH?from=2026-13", nghProvider), 400, "from:");
    assertProblem(Api.get(API + "/reports/providers/NGH?to=December", nghProvider), 400, "to:");
    assertProblem(Api.get(API + "/reports/providers/NGH?from=2026-06&to=2026-05", nghProvider), 400, "to:");
    assertProblem(Api.get(API + "/reports/city?from=2026-01&to=2029-12", admin), 400, "36 months");
    assertProblem(Api.get(API + "/reports/providers/ZZZ", admin), 404, "ZZZ");
    assertProblem(Api.get(API + "/reports/providers/N%20G%20H", admin), 400, "code:");
  }
}
