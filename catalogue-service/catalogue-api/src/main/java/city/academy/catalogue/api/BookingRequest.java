package city.academy.catalogue.api;

import jakarta.validation.constraints.Size;

/**
 * Ask for a place for yourself ({@code {}} is enough).
 *
 * <p>The canonical constructor is written out on purpose (see {@link SessionRequest}).
 *
 * @param organisationCode which of your employers you book as, when you work for more than one
 *     (default: the organisation running the course if you work there, else your only employer)
 */
public record BookingRequest(@Size(max = 16, message = "An organisation code is at most 16 characters.") String organisationCode) {

  public BookingRequest(String organisationCode) {
    this.organisationCode = organisationCode;
  }
}
