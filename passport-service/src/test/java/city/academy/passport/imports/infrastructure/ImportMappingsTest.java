package city.academy.passport.imports.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.academy.passport.api.TrainingFrameworkDto;
import city.academy.passport.framework.domain.TrainingFramework;
import city.academy.passport.framework.infrastructure.FrameworkSource;
import city.academy.passport.imports.domain.Achievement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping tables as shipped in config/imports. */
class ImportMappingsTest {
  static final String FOLDER = Path.of("../config/imports").toAbsolutePath().toString();
  private final ImportMappings mappings = ImportMappings.load(FOLDER);
  private final TrainingFramework framework =
      new TrainingFramework(FrameworkSource.read(Path.of("../config/framework/cstf-framework.json").toAbsolutePath().toString()));

  @Test
  void everyMappedSubjectAndLevelExistsInTheFramework() {
    assertThat(mappings.targets()).isNotEmpty()
        .allSatisfy(s -> assertThat(framework.level(s.subjectCode(), s.levelCode())).as(s.toString()).isPresent());
    new CsvImportReader(mappings, framework);
  }

  @Test
  void everyLevelOfTheFrameworkButTheCareCertificateHasANationalName() {
    Set<Achievement.Subject> levels = new HashSet<>();
    for (TrainingFrameworkDto.SubjectDto subject : framework.data().subjects()) {
      subject.levels().forEach(l -> levels.add(new Achievement.Subject(subject.code(), l.code())));
    }
    levels.remove(new Achievement.Subject("CARE_CERTIFICATE", "CC"));
    assertThat(mappings.targets()).containsAll(levels);
  }

  @Test
  void nationalVariantsMapToTheSameSubject() {
    Achievement fire = new Achievement.Subject("FIRE_SAFETY", "1");
    assertThat(mappings.national("NHS|CSTF|Fire Safety - 2 Years|")).contains(fire);
    assertThat(mappings.national("NHS|CSTF|Fire Safety - 2 years|")).contains(fire);
    assertThat(mappings.national("nhs|cstf|FIRE SAFETY - 2 YEARS")).contains(fire);
    assertThat(mappings.national("  NHS | CSTF |Fire   Safety  -  2 Years |  ")).contains(fire);

    Achievement adults = new Achievement.Subject("SAFEGUARDING_ADULTS", "1");
    assertThat(mappings.national("NHS|CSTF|Safeguarding Adults - Level 1 - 3 Years|")).contains(adults);
    assertThat(mappings.national("Safeguarding Adults - Level 1 - 3 Years")).contains(adults);
    assertThat(mappings.national("safeguarding adults - level 1 - 3 years|")).contains(adults);

    assertThat(mappings.national("NHS|CSTF|Moving and Handling - Level 2 - 2 years|"))
        .contains(new Achievement.Subject("MOVING_HANDLING", "2"));
    assertThat(mappings.national("NHS|CSTF|Preventing Radicalisation - Level 2 - 3 Years|"))
        .contains(new Achievement.Subject("PREVENTING_RADICALISATION", "1"));
  }

  @Test
  void localCompetencesAreRecognisedByTheirShape() {
    assertThat(mappings.national("350|LOCAL|Moving & Handling Practical - Level 3 (2 yearly)|"))
        .contains(new Achievement.Local("Moving & Handling Practical - Level 3 (2 yearly)"));
    assertThat(mappings.national("RXX01|local|Sharps  awareness")).contains(new Achievement.Local("Sharps awareness"));
    assertThat(mappings.national("350|LOCAL||")).isEmpty();
  }

  @Test
  void unmappedNamesAreEmpty() {
    assertThat(mappings.national("NHS|CSTF|Juggling - 3 Years|")).isEmpty();
    assertThat(mappings.national("Fire Safety")).isEmpty();
    assertThat(mappings.national("")).isEmpty();
    assertThat(mappings.national(null)).isEmpty();
  }

  @Test
  void socialCareCategoriesMapOrAreListedAsNotMapping() {
    assertThat(mappings.socialCare("Fire safety")).contains(new Achievement.Subject("FIRE_SAFETY", "1"));
    assertThat(mappings.socialCare("  FIRE   SAFETY ")).contains(new Achievement.Subject("FIRE_SAFETY", "1"));
    assertThat(mappings.socialCare("Assisting and moving people")).contains(new Achievement.Subject("MOVING_HANDLING", "2"));
    assertThat(mappings.socialCare("Moving and handling objects")).contains(new Achievement.Subject("MOVING_HANDLING", "1"));
    assertThat(mappings.socialCare("Oliver McGowan Tier 2")).contains(new Achievement.Subject("OLIVER_MCGOWAN", "T2"));
    assertThat(mappings.socialCare("Dementia care")).isEmpty();
    assertThat(mappings.listsSocialCare("Dementia care")).isTrue();
    assertThat(mappings.socialCare("Juggling")).isEmpty();
    assertThat(mappings.listsSocialCare("Juggling")).isFalse();
  }

  @Test
  void theTablesArePackagedOnTheClassPath() {
    ImportMappings packaged = ImportMappings.load(ImportMappings.DEFAULT_LOCATION);
    assertThat(packaged.national("NHS|CSTF|Fire Safety - 2 Years|")).contains(new Achievement.Subject("FIRE_SAFETY", "1"));
    assertThat(packaged.targets()).isEqualTo(mappings.targets());
  }

  @Test
  void aTableNamingAnUnknownLevelIsRefusedByTheReader(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("national-competences.csv"),
        "competence_name,subject_code,level_code,note\nNHS|CSTF|Fire Safety - 9 Years|,FIRE_SAFETY,9,wrong\n");
    Files.writeString(dir.resolve("social-care-categories.csv"), "category,subject_code,level_code,note\n");
    ImportMappings wrong = ImportMappings.load(dir.toString());
    assertThatThrownBy(() -> new CsvImportReader(wrong, framework)).hasMessageContaining("FIRE_SAFETY level 9");
  }

  @Test
  void aNameListedTwiceWithDifferentSubjectsIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("national-competences.csv"), "competence_name,subject_code,level_code,note\n"
        + "NHS|CSTF|Fire Safety - 2 Years|,FIRE_SAFETY,1,\nnhs|cstf|fire safety - 2 years,HEALTH_SAFETY,1,\n");
    Files.writeString(dir.resolve("social-care-categories.csv"), "category,subject_code,level_code,note\n");
    assertThatThrownBy(() -> ImportMappings.load(dir.toString())).hasMessageContaining("listed twice");
  }
}
