package city.academy.passport.credentials.api;

import city.academy.passport.api.CredentialVerificationDto;
import city.academy.passport.credentials.application.CredentialService;
import city.academy.passport.credentials.domain.PassportCredential;
import city.academy.passport.credentials.infrastructure.CredentialJose;
import city.academy.passport.credentials.infrastructure.CredentialKeys;
import city.academy.passport.credentials.infrastructure.PassportPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The PDF of an issued credential, written from what the signed credential itself asserts. */
@ApplicationScoped
public class PdfPassports {

  @Inject CredentialService credentials;
  @Inject CredentialKeys keys;

  public byte[] of(PassportCredential c) {
    Map<String, Object> vc = CredentialJose.check(c.compactJwt(), keys::byId).credential();
    if (vc == null) {
      throw new IllegalStateException("Credential " + c.uuid() + " no longer verifies with the published keys.");
    }
    CredentialVerificationDto.Asserted a = CredentialMapper.asserted(vc);
    List<PassportPdf.Line> lines = a.requirementsMet().stream()
        .map(r -> new PassportPdf.Line(r.subjectName(), r.level(), r.completedOn(), r.expiresOn(), r.attestedByName())).toList();
    return PassportPdf.write(new PassportPdf.Content(a.issuerName(), a.personName(), a.passportId(), c.issuedAt(), c.validUntil(),
        c.uuid(), credentials.verifyUrl(c.uuid()), lines));
  }
}
