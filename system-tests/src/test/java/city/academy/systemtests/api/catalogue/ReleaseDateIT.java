package city.academy.systemtests.api.catalogue;

import static city.academy.systemtests.api.catalogue.Sessions.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import city.academy.systemtests.PlatformExtension;

/** A care worker waiting for a hospital place gets it when the release date passes, with nobody touching the session. */
@ExtendWith(PlatformExtension.class)
class ReleaseDateIT {

  @Test
  void whenTheReleaseDatePassesTheFirstWaitingPartnerGetsAReservedPlace() throws Exception {
    String provider = People.providerOf("NGH");
    OffsetDateTime release = Sessions.now().plusSeconds(4);
    long session = Sessions.scheduled(provider, Sessions.courseOf("NGH"), Sessions.plan(3, 2, 2).add("releaseAt", release.toString()));
    String carer = People.staffOf("BWC");
    long booking = id(Sessions.booked(carer, session));
    assertThat(Sessions.booking(carer, booking).getString("status")).isEqualTo("WAITLISTED");

    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    String status = "WAITLISTED";
    while (!status.equals("CONFIRMED") && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      status = Sessions.booking(carer, booking).getString("status");
    }
    assertThat(status).as("promoted by the release, not by any request").isEqualTo("CONFIRMED");
    assertThat(Sessions.messagesOf(carer).toString()).containsIgnoringCase("place");
  }
}
