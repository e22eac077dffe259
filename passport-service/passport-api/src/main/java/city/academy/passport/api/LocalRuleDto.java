package city.academy.passport.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * An organisation's local rule: either a local requirement ({@code code} and {@code title}; not
 * portable) or a stricter refresher period for a framework subject ({@code subject}, {@code level}).
 *
 * <p>The canonical constructor is written out on purpose (see {@link PasswordCheckRequest}).
 *
 * @param kind {@code REQUIREMENT} or {@code REFRESHER}
 * @param refresherMonths months until it must be redone (null for a requirement done once)
 * @param staffGroup a local requirement for one staff group only (null: everyone)
 */
public record LocalRuleDto(
    Long id,
    String organisationCode,
    @Size(max = 16) String kind,
    @Size(max = 32) String code,
    @Size(max = 200, message = "A title is at most 200 characters.") String title,
    @Size(max = 48) String subject,
    @Size(max = 16) String level,
    @Min(value = 1, message = "A refresher period is at least 1 month.") @Max(value = 120, message = "A refresher period is at most 120 months.") Integer refresherMonths,
    @Size(max = 48) String staffGroup) {

  public LocalRuleDto(Long id, String organisationCode, String kind, String code, String title, String subject, String level,
      Integer refresherMonths, String staffGroup) {
    this.id = id;
    this.organisationCode = organisationCode;
    this.kind = kind;
    this.code = code;
    this.title = title;
    this.subject = subject;
    this.level = level;
    this.refresherMonths = refresherMonths;
    this.staffGroup = staffGroup;
  }
}
