package city.academy.catalogue.message.api;

import city.academy.catalogue.api.EmailPreferencesDto;
import city.academy.catalogue.api.EmailProblemDto;
import city.academy.catalogue.api.EmailProblemPageDto;
import city.academy.catalogue.message.application.EmailProblems;
import city.academy.catalogue.message.application.EmailPreferences;
import city.academy.catalogue.message.domain.EmailPreference;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import java.util.List;

import city.academy.catalogue.api.MessageDto;
import city.academy.catalogue.api.MessagePageDto;
import city.academy.catalogue.booking.api.BookingMapper;
import city.academy.catalogue.message.application.Messages;
import city.academy.catalogue.message.domain.Message;
import city.academy.platform.problem.Paging;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person's own messages. */
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = "token")
@RolesAllowed({Role.STAFF_NAME, Role.LINE_MANAGER_NAME, Role.HR_ADMIN_NAME, Role.PROVIDER_NAME, Role.ACADEMY_ADMIN_NAME})
public class MessageResource {

  @Inject Messages messages;
  @Inject EmailPreferences preferences;
  @Inject EmailProblems problems;
  @Inject Caller caller;

  @GET
  @Path("/preferences")
  @Operation(summary = "Which of my messages also come by email")
  public EmailPreferencesDto myPreferences() {
    return toDto(preferences.of(person()));
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose which of my messages also come by email (expiry reminders ALL or FEWER: they cannot be switched off)")
  public EmailPreferencesDto choosePreferences(EmailPreferencesDto choice) {
    person();
    EmailPreferences.Choice chosen = choice == null ? null : new EmailPreferences.Choice(choice.expiryReminders(),
        choice.bookingUpdates(), choice.sessionReminders(), choice.teamDigest(), choice.organisationDigest());
    return toDto(preferences.choose(caller, chosen));
  }

  @GET
  @Path("/undeliverable")
  @RolesAllowed({Role.HR_ADMIN_NAME, Role.ACADEMY_ADMIN_NAME})
  @Operation(summary = "An organisation's people whose emails are refused because of their address (its HR admins and academy admins)")
  public EmailProblemPageDto undeliverable(@QueryParam("organisation") String organisation,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    var items = problems.ofOrganisation(organisation, caller, paging).stream()
        .map(p -> new EmailProblemDto(p.personId(), p.personName(), p.address(), p.reason(), BookingMapper.moment(p.lastRefusedAt()), p.emails()))
        .toList();
    return new EmailProblemPageDto(organisation.strip().toUpperCase(java.util.Locale.ROOT), items, page, size,
        problems.peopleOf(organisation, caller));
  }

  private EmailPreferencesDto toDto(EmailPreference p) {
    return new EmailPreferencesDto(p.expiryReminders().name(), p.bookingUpdates(), p.sessionReminders(), p.teamDigest(),
        p.organisationDigest(), caller.has(Role.HR_ADMIN) ? caller.hrAdminOf().stream().sorted().toList() : List.of());
  }

  @GET
  @Path("/me")
  @Operation(summary = "My messages, newest first, and how many are unread")
  public MessagePageDto mine(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    Paging paging = Paging.of(page, size, 100);
    String person = person();
    return new MessagePageDto(
        messages.ofPerson(person, paging).stream().map(MessageResource::toDto).toList(),
        page, size, messages.countOfPerson(person), messages.unreadOfPerson(person));
  }

  @POST
  @Path("/{id}/read")
  @Operation(summary = "Mark one of my messages read")
  public MessageDto markRead(@PathParam("id") long id) {
    return toDto(messages.markRead(id, person()));
  }

  private String person() {
    if (caller.personId() == null) {
      throw ProblemException.forbidden("Only a person has messages.");
    }
    return caller.personId();
  }

  static MessageDto toDto(Message m) {
    return new MessageDto(m.id(), m.kind().name(), m.subject(), m.text(), m.sessionId(), m.bookingId(),
        BookingMapper.moment(m.createdAt()), BookingMapper.moment(m.readAt()));
  }
}
