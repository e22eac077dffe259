package city.academy.passport.credentials.application;

import city.academy.passport.credentials.domain.PassportCredential;
import city.academy.passport.credentials.domain.PassportCredentialRepository;
import city.academy.passport.credentials.infrastructure.CredentialJose;
import city.academy.passport.credentials.infrastructure.CredentialKeys;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.passport.records.domain.RecordSuperseded;
import city.academy.passport.records.domain.TrainingRecord;
import city.academy.passport.records.domain.TrainingRecordRepository;
import city.academy.passport.staffpassport.application.PassportService;
import city.academy.passport.staffpassport.domain.Passport;
import city.academy.passport.staffpassport.domain.PassportLook;
import city.academy.passport.staffpassport.domain.PassportLookRepository;
import city.academy.passport.staffpassport.domain.ShareCode;
import city.academy.passport.staffpassport.domain.ShareCodeRepository;
import city.academy.platform.problem.ProblemException;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, lists, revokes and verifies signed passport credentials. A credential asserts the
 * requirements the person meets today (or, with no current post, the framework training they hold
 * in force), each with subject, level, completion and expiry and the attesting organisation; it is
 * valid until the earliest expiry it asserts (at most a year). See docs/credentials.md.
 */
@ApplicationScoped
@Transactional
public class CredentialService {
  private static final Logger LOG = Logger.getLogger(CredentialService.class.getName());
  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final DateTimeFormatter XSD = DateTimeFormatter.ISO_INSTANT;

  @Inject PassportCredentialRepository credentials;
  @Inject PersonRepository people;
  @Inject TrainingRecordRepository records;
  @Inject ShareCodeRepository shareCodes;
  @Inject PassportLookRepository looks;
  @Inject PassportService passports;
  @Inject TrainingFramework framework;
  @Inject CredentialKeys keys;

  @Inject
  @ConfigProperty(name = "academy.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "academy.credentials.issuer-name", defaultValue = "One Workforce Academy")
  String issuerName;

  /** The caller's own passport as a new credential. */
  public PassportCredential issueMine(Caller caller) {
    return issue(me(caller), caller.username(), null);
  }

  /**
   * The passport of the person whose share code this is, for HR of the organisation receiving
   * them; the export is written in the person's access log.
   */
  public PassportCredential issueByShareCode(String typedCode, String organisationCode, Caller caller) {
    if (organisationCode == null || !caller.has(Role.HR_ADMIN) || !caller.hrAdminOf().contains(organisationCode)) {
      throw ProblemException.forbidden("HR admins export a passport for their own organisation, with the person's share code.");
    }
    if (typedCode == null || typedCode.isBlank()) {
      throw ProblemException.badRequest("shareCode: give the person's share code.");
    }
    ShareCode code = shareCodes.byCode(typedCode)
        .orElseThrow(() -> ProblemException.notFound("No share code matches " + typedCode.strip() + "; check it was typed correctly."));
    String refusal = code.refusalFor(organisationCode, PassportService.today());
    if (refusal != null) {
      throw ProblemException.forbidden(refusal);
    }
    looks.add(new PassportLook(code.person(), caller.username(), caller.personId(), caller.displayName(), Role.HR_ADMIN.name(),
        organisationCode, PassportLook.Purpose.CREDENTIAL_EXPORT));
    return issue(code.person(), caller.username(), organisationCode);
  }

  public List<PassportCredential> mine(Caller caller) {
    return credentials.ofPerson(me(caller));
  }

  /** One of the caller's own credentials. */
  public PassportCredential mine(String uuid, Caller caller) {
    Person me = me(caller);
    return credentials.byUuid(uuid).filter(c -> c.person().equals(me))
        .orElseThrow(() -> ProblemException.notFound("You have no credential " + uuid + "."));
  }

  /** The person withdraws one of their credentials: it reads revoked from now on. */
  public PassportCredential revokeMine(String uuid, Caller caller) {
    PassportCredential credential = mine(uuid, caller);
    credential.revoke("Withdrawn by the person.", OffsetDateTime.now(ZoneOffset.UTC));
    return credential;
  }

  /** A record was corrected or revoked: every credential asserting it is revoked. */
  void onRecordSuperseded(@Observes RecordSuperseded event) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (PassportCredential c : credentials.activeAsserting(event.recordId())) {
      c.revoke("A record it asserts was " + (event.revoked() ? "revoked" : "corrected") + ".", now);
      LOG.info(() -> "Credential " + c.uuid() + " revoked: record " + event.recordId() + " superseded");
    }
  }

  private PassportCredential issue(Person person, String issuedBy, String issuedFor) {
    LocalDate today = PassportService.today();
    List<TrainingRecord> asserted = asserted(person, today);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime validUntil = now.plusYears(1);
    for (TrainingRecord r : asserted) {
      if (r.expiresOn() != null) {
        OffsetDateTime expiry = r.expiresOn().atStartOfDay(PassportService.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        if (expiry.isBefore(validUntil)) {
          validUntil = expiry;
        }
      }
    }
    Set<Long> ids = new LinkedHashSet<>();
    asserted.forEach(r -> ids.add(r.id()));
    PassportCredential credential = credentials.add(new PassportCredential(person, now, validUntil, ids, issuedBy, issuedFor));
    var key = keys.active();
    credential.signed(key.getKeyID(), CredentialJose.sign(document(credential, asserted), key));
    LOG.info(() -> "Passport credential " + credential.uuid() + " issued for " + person.passportId() + " by " + issuedBy);
    return credential;
  }

  /**
   * The requirements of the person's current posts that are met, each by its deciding record; with
   * no current post, the best framework record in force of each subject.
   */
  private List<TrainingRecord> asserted(Person person, LocalDate today) {
    PassportService.View view = passports.assess(person, today);
    List<TrainingRecord> met = new ArrayList<>();
    for (Passport.Standing<TrainingRecord> s : view.passport().standings()) {
      if (s.isMet() && s.best() != null) {
        met.add(s.best());
      }
    }
    if (view.passport().standings().isEmpty()) {
      Map<String, TrainingRecord> best = new LinkedHashMap<>();
      Passport.inForce(records.historyOf(person), today).stream().filter(TrainingRecord::isFrameworkEvidence)
          .sorted(Passport.LASTING).forEach(r -> best.putIfAbsent(r.subjectCode(), r));
      met.addAll(best.values());
      met.sort(Comparator.comparing(TrainingRecord::subjectCode));
    }
    return met;
  }

  /** The W3C VC 2.0 document that is signed. */
  Map<String, Object> document(PassportCredential c, List<TrainingRecord> asserted) {
    Person person = c.person();
    List<Object> requirements = new ArrayList<>();
    for (TrainingRecord r : asserted) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("subject", r.subjectCode());
      item.put("subjectName", framework.subject(r.subjectCode()).map(s -> s.name()).orElse(r.subjectCode()));
      item.put("level", r.levelCode());
      item.put("completedOn", r.completedOn().toString());
      if (r.expiresOn() != null) {
        item.put("expiresOn", r.expiresOn().toString());
      }
      if (r.attestedBy() != null) {
        item.put("attestedBy", Map.of("id", r.attestedBy().code(), "name", r.attestedBy().name()));
      }
      requirements.add(item);
    }
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", "urn:owa:passport:" + person.passportId());
    subject.put("type", "StaffMember");
    subject.put("name", person.displayName());
    subject.put("passportId", person.passportId());
    subject.put("framework", framework.data().id() + " " + framework.version());
    subject.put("requirementsMet", requirements);

    String statusList = statusListUrl(c.statusList());
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", statusList + "#" + c.statusIndex());
    status.put("type", "BitstringStatusListEntry");
    status.put("statusPurpose", "revocation");
    status.put("statusListIndex", Integer.toString(c.statusIndex()));
    status.put("statusListCredential", statusList);

    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT));
    vc.put("id", c.urn());
    vc.put("type", List.of("VerifiableCredential", "StaffTrainingPassport"));
    vc.put("issuer", Map.of("id", issuerId(), "name", issuerName));
    vc.put("name", "Staff training passport");
    vc.put("validFrom", XSD.format(c.issuedAt()));
    vc.put("validUntil", XSD.format(c.validUntil()));
    vc.put("credentialSubject", subject);
    vc.put("credentialStatus", status);
    return vc;
  }

  /** The revocation status list as a signed credential (BitstringStatusListCredential), valid for a day. */
  public String statusListCredential(long list) {
    if (list < 0) {
      throw ProblemException.notFound("There is no status list " + list + ".");
    }
    int size = PassportCredential.STATUS_LIST_SIZE;
    byte[] bits = new byte[size / 8];
    for (long id : credentials.revokedIdsBetween(list * size, (list + 1) * size)) {
      int index = (int) (id % size);
      bits[index / 8] |= (byte) (0x80 >>> (index % 8)); // index 0 is the left-most bit
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    String url = statusListUrl(list);
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", url + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT));
    vc.put("id", url);
    vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    vc.put("issuer", Map.of("id", issuerId(), "name", issuerName));
    vc.put("validFrom", XSD.format(now));
    vc.put("validUntil", XSD.format(now.plusDays(1)));
    vc.put("credentialSubject", subject);
    return CredentialJose.sign(vc, keys.active());
  }

  public String issuerId() {
    return base() + "/passport/api/credentials/issuer";
  }

  public String jwksUrl() {
    return base() + "/passport/api/credentials/jwks.json";
  }

  public String statusListUrl(long list) {
    return base() + "/passport/api/credentials/status/" + list;
  }

  /** The public verify page for a credential: where the PDF's QR code leads. */
  public String verifyUrl(String uuid) {
    return base() + "/verify.xhtml?credential=" + uuid;
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private Person me(Caller caller) {
    if (caller.personId() == null) {
      throw ProblemException.forbidden("Only a person has a passport to export.");
    }
    return people.byPassportId(caller.personId())
        .orElseThrow(() -> ProblemException.notFound("There is no person with passport identity " + caller.personId() + "."));
  }

  private static byte[] gzip(byte[] bits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Finds an issued credential by its identifier (for verification). */
  public Optional<PassportCredential> byUuid(String uuid) {
    return credentials.byUuid(uuid);
  }
}
