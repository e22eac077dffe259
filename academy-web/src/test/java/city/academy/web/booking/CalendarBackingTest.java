package city.academy.web.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarBackingTest {

  @Test
  void theWebcalLinkIsTheSameAddressForCalendarApps() {
    assertThat(CalendarBacking.webcal("https://academy.example/catalogue/api/calendar/abc.ics"))
        .isEqualTo("webcal://academy.example/catalogue/api/calendar/abc.ics");
    assertThat(CalendarBacking.webcal("http://127.0.0.1:8080/catalogue/api/calendar/abc.ics"))
        .isEqualTo("webcal://127.0.0.1:8080/catalogue/api/calendar/abc.ics");
    assertThat(CalendarBacking.webcal(null)).isNull();
  }
}
