package city.academy.passport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import city.academy.passport.access.application.SignInService;
import city.academy.passport.access.domain.UserAccount;
import city.academy.passport.access.domain.UserAccountRepository;
import city.academy.passport.api.PrincipalDto;
import city.academy.passport.demo.DemoDataLoader;
import city.academy.passport.organisation.domain.Organisation;
import city.academy.passport.organisation.domain.OrganisationRepository;
import city.academy.passport.people.domain.Employment;
import city.academy.passport.people.domain.Person;
import city.academy.passport.people.domain.PersonRepository;
import city.academy.passport.people.infrastructure.JpaPersonRepository;
import city.academy.passport.imports.application.AnotherInstance;
import city.academy.passport.imports.application.ImportJobs;
import city.academy.passport.imports.application.ImportLease;
import city.academy.passport.imports.application.ImportRunner;
import city.academy.passport.imports.application.ImportService;
import city.academy.passport.imports.domain.ImportJob;
import city.academy.passport.imports.domain.ImportStatus;
import city.academy.passport.platform.PassportStartup;
import city.academy.platform.security.Caller;
import city.academy.platform.security.Role;
import city.academy.platform.problem.Paging;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real passport WAR on Payara Micro, with the datasource the product's boot commands create
 * (H2 or PostgreSQL, see the failsafe executions): Flyway's schema, the demo city, the
 * repositories' queries, the password check, and what the database itself refuses.
 *
 * <p>Runs inside the server; one class so that Payara boots once per database.
 */
@ExtendWith(ArquillianExtension.class)
class PassportPersistenceIT {

  private static final String HOSPITAL = "NGH";
  private static final String CARE_HOME = "BWC";
  private static final Caller IMPORT_ADMIN =
      new Caller(null, "import-it", Set.of(Role.ACADEMY_ADMIN), Set.of(), Set.of(), Set.of(), null);
  private static final List<String> DEMO_LOGINS =
      List.of("staff", "manager", "hr", "provider", "admin", "carehome.hr", "carehome.staff", "apprentice");

  @Deployment
  static WebArchive deployment() {
    ContainerPreparation.prepare();
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("academy.it.war")))
        .addClass(PassportPersistenceIT.class)
        .addClass(AnotherInstance.class)
        .addAsLibraries(jarOf(Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject OrganisationRepository organisations;
  @Inject UserAccountRepository accounts;
  @Inject PersonRepository people;
  @Inject JpaPersonRepository jpaPeople;
  @Inject SignInService signIn;
  @Inject DemoDataLoader demoData;
  @Inject PassportStartup startup;
  @Inject UserTransaction transaction;
  @Inject ImportService imports;
  @Inject city.academy.passport.credentials.application.CredentialService credentialService;
  @Inject city.academy.passport.credentials.application.CredentialVerifier verifier;
  @Inject city.academy.passport.records.application.RecordService recordService;
  @Inject ImportJobs importJobs;
  @Inject ImportRunner importRunner;
  @Inject ImportLease importLease;

  @Inject
  @ConfigProperty(name = "academy.passport.db.schema")
  Optional<String> schema;

  @Resource(lookup = "jdbc/passport")
  DataSource dataSource;

  @AfterEach
  void noTransactionLeftOpen() throws Exception {
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
      fail("A test left a transaction open");
    }
  }

  @Test
  void flywayBuiltTheSchemaWhereTheServiceWasToldTo() throws SQLException {
    assertThat(startup.isReady()).as("start-up (migrations, demo data) finished").isTrue();
    try (Connection connection = dataSource.getConnection()) {
      if (schema.filter(s -> !s.isBlank()).isPresent()) {
        assertThat(connection.getSchema()).isEqualToIgnoringCase(schema.get());
      }
      List<String> applied = new ArrayList<>();
      try (PreparedStatement query =
              connection.prepareStatement(
                  "select \"version\", \"success\" from \"flyway_schema_history\""
                      + " where \"version\" is not null order by \"installed_rank\"");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          assertThat(rows.getBoolean(2)).as("migration %s succeeded", rows.getString(1)).isTrue();
          applied.add(rows.getString(1));
        }
      }
      assertThat(applied).startsWith("1");
    }
  }

  @Test
  void theDemoCityIsLoadedOnce() throws SQLException {
    assertThat(organisations.byCode(HOSPITAL)).hasValueSatisfying(o -> assertThat(o.name()).isNotBlank());
    assertThat(organisations.byCode(CARE_HOME)).isPresent();
    assertThat(organisations.byCode("NOPE")).isEmpty();
    Map<String, Long> before = rowCounts();
    assertThat(before.get("person")).isGreaterThan(100);
    assertThat(before.get("employment")).isGreaterThanOrEqualTo(before.get("person"));
    assertThat(before.get("training_record")).isPositive();
    assertThat(before.get("user_account")).isEqualTo((long) DEMO_LOGINS.size());

    demoData.loadIfEmpty(); // a restart: the database already has the city

    assertThat(rowCounts()).isEqualTo(before);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select count(*) from organisation where code = ?")) {
      query.setString(1, HOSPITAL);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).isOne();
      }
    }
  }

  @Test
  void everyDemoLoginBelongsToSomeoneWithAPost() {
    LocalDate today = LocalDate.now();
    for (String username : DEMO_LOGINS) {
      UserAccount account = accounts.byUsername(username).orElseThrow(() -> new AssertionError("no login " + username));
      assertThat(account.enabled()).as(username).isTrue();
      Person person = people.byPassportId(account.person().passportId()).orElseThrow();
      assertThat(person.employments()).as("%s's employments", username).isNotEmpty();
    }
    assertThat(accounts.byUsername("nobody")).isEmpty();

    Person staff = staffMember();
    Employment post = currentPostAt(staff, HOSPITAL);
    assertThat(post.isCurrentOn(today)).isTrue();
    assertThat(post.lineManager()).as("the staff member's line manager").isNotNull();
  }

  @Test
  void theStaffMembersLineManagerManagesSomeone() {
    Person manager = currentPostAt(staffMember(), HOSPITAL).lineManager();
    assertThat(people.managesAnyone(manager)).isTrue();
    assertThat(accounts.byUsername("manager").orElseThrow().person()).isEqualTo(manager);
  }

  @Test
  void currentStaffOfAnOrganisationPageThroughEveryoneOnce() {
    Organisation hospital = organisations.byCode(HOSPITAL).orElseThrow();
    long count = jpaPeople.countCurrentStaffOf(hospital);
    assertThat(count).isGreaterThan(20);

    List<Person> first = jpaPeople.currentStaffOf(hospital, Paging.of(0, 10, 200));
    List<Person> second = jpaPeople.currentStaffOf(hospital, Paging.of(1, 10, 200));
    assertThat(first).hasSize(10);
    assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
    assertThat(jpaPeople.currentStaffOf(hospital, Paging.of((int) (count / 10) + 1, 10, 200))).isEmpty();

    LocalDate today = LocalDate.now();
    Set<String> seen = new HashSet<>();
    for (int page = 0; ; page++) {
      List<Person> staff = jpaPeople.currentStaffOf(hospital, Paging.of(page, 200, 200));
      for (Person person : staff) {
        assertThat(seen.add(person.passportId())).as("%s listed once", person.passportId()).isTrue();
        assertThat(person.employmentsOn(today))
            .as("%s works at %s today", person.passportId(), HOSPITAL)
            .anyMatch(e -> e.organisation().code().equals(HOSPITAL));
      }
      if (staff.size() < 200) {
        break;
      }
    }
    assertThat(seen).hasSize((int) count).contains(staffMember().passportId());

    Organisation careHome = organisations.byCode(CARE_HOME).orElseThrow();
    long careStaff = jpaPeople.countCurrentStaffOf(careHome);
    assertThat(careStaff).isPositive();
    assertThat(jpaPeople.currentStaffOf(careHome, Paging.of(0, 200, 200))).hasSize((int) Math.min(careStaff, 200));
  }

  @Test
  void signInChecksThePassword() {
    PrincipalDto staff = signIn.check("staff", "academy").orElseThrow(() -> new AssertionError("staff cannot sign in"));
    assertThat(staff.username()).isEqualTo("staff");
    assertThat(staff.personId()).isEqualTo(staffMember().passportId());
    assertThat(staff.roles()).contains("STAFF").doesNotContain("SYSTEM", "ACADEMY_ADMIN");
    assertThat(staff.employments()).extracting(PrincipalDto.PostDto::organisationCode).contains(HOSPITAL);

    assertThat(signIn.check("staff", "wrong")).isEmpty();
    assertThat(signIn.check("nobody", "x")).isEmpty();
    assertThat(signIn.check(" Staff ", "academy")).as("usernames are not case-sensitive").isPresent();

    assertThat(signIn.check("manager", "academy")).hasValueSatisfying(p -> assertThat(p.roles()).contains("STAFF", "LINE_MANAGER"));
    assertThat(signIn.check("hr", "academy")).hasValueSatisfying(p -> {
      assertThat(p.roles()).contains("HR_ADMIN");
      assertThat(p.hrAdminOf()).containsExactly(HOSPITAL);
    });
  }

  @Test
  void theDatabaseRefusesAnEmployeeNumberTakenAtTheSameOrganisation() throws Exception {
    Employment taken = currentPostAt(staffMember(), HOSPITAL);
    String number = taken.employeeNumber();
    Map<String, Long> before = rowCounts();

    // The domain refuses the same post number twice for one person...
    Person someone = new Person("ARQ-DUP-1", "Test", "Duplicate", null);
    Organisation hospital = organisations.byCode(HOSPITAL).orElseThrow();
    someone.addEmployment(newPost(hospital, number));
    assertThatThrownBy(() -> someone.addEmployment(newPost(hospital, number)))
        .isInstanceOf(IllegalArgumentException.class);

    // ...and the database refuses it across people, where the domain cannot see.
    transaction.begin();
    Person newcomer = new Person("ARQ-DUP-2", "Test", "Newcomer", null);
    newcomer.addEmployment(newPost(organisations.byCode(HOSPITAL).orElseThrow(), number));
    people.add(newcomer);
    assertThatThrownBy(transaction::commit)
        .isInstanceOf(RollbackException.class)
        .satisfies(e -> assertThat(sqlStateOf(e)).as("SQL state").isEqualTo("23505"));

    assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
    assertThat(people.byPassportId("ARQ-DUP-2")).as("the person written before the post").isEmpty();
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(employmentsNumbered(hospital, number)).isOne();
  }

  @Test
  void theDatabaseRefusesAPostEndingBeforeItStarts() throws Exception {
    Map<String, Long> before = rowCounts();
    Organisation hospital = organisations.byCode(HOSPITAL).orElseThrow();
    LocalDate start = LocalDate.of(2024, 5, 1);
    assertThatThrownBy(() -> new Employment(hospital, "ARQ-1", "ADMIN_CLERICAL", "Clerk", false, false, null, start, start.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);

    // Past the domain, straight to the tables: the person is written, then the post is refused.
    transaction.begin();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement person =
          connection.prepareStatement(
              "insert into person (id, passport_id, given_name, family_name, created_at) values (?, ?, ?, ?, ?)")) {
        person.setLong(1, -1001);
        person.setString(2, "ARQ-CHK-1");
        person.setString(3, "Test");
        person.setString(4, "Dates");
        person.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(person.executeUpdate()).isOne();
      }
      try (PreparedStatement post =
          connection.prepareStatement(
              "insert into employment (id, person_id, organisation_id, employee_number, staff_group, job_role,"
                  + " clinical, patient_facing, start_date, end_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        post.setLong(1, -1001);
        post.setLong(2, -1001);
        post.setLong(3, hospital.id());
        post.setString(4, "ARQ-1");
        post.setString(5, "ADMIN_CLERICAL");
        post.setString(6, "Clerk");
        post.setBoolean(7, false);
        post.setBoolean(8, false);
        post.setObject(9, start);
        post.setObject(10, start.minusDays(1));
        assertThatThrownBy(post::executeUpdate)
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as("SQL state").startsWith("23"));
      }
    } finally {
      transaction.rollback();
    }
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(people.byPassportId("ARQ-CHK-1")).isEmpty();
  }

  private Person staffMember() {
    return accounts.byUsername("staff").orElseThrow().person();
  }

  private static Employment currentPostAt(Person person, String organisationCode) {
    return person.employmentsOn(LocalDate.now()).stream()
        .filter(e -> e.organisation().code().equals(organisationCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError(person.passportId() + " has no post at " + organisationCode));
  }

  private static Employment newPost(Organisation organisation, String number) {
    return new Employment(organisation, number, "ADMIN_CLERICAL", "Clerk", false, false, null, LocalDate.now().minusYears(1), null);
  }

  /**
   * What a cluster does when the instance running an import goes silent (killed, or paused past its
   * lease): another instance takes the job over under its row lock, the old runner's next batch is
   * refused and it lets go without touching the job, and the new runner goes on after the last batch
   * written, so that every good row ends up recorded once and no row is read twice.
   */
  @Test
  void anImportTakenOverPartWayByAnotherInstanceGoesOnAfterItsCheckpointWithNothingTwice() throws Exception {
    int rows = 40_000;
    byte[] csv = nationalFile("NHS|CSTF|Fire Safety - 2 Years|", rows);
    long before = rowCounts().get("training_record");
    ImportJob job = imports.upload("NATIONAL_HR", HOSPITAL, "restart.csv", new java.io.ByteArrayInputStream(csv), IMPORT_ADMIN);
    assertThat(job.runner()).as("queued on the instance that received it").isEqualTo(importRunner.id());

    // wait for the first batches to land, then do what another instance's sweep does once the lease has run out
    // (a cut-off in the future stands in for a runner silent for longer than the lease)
    ImportJob seen = waitFor(job.id(), j -> j.rowsRead() >= 2_000 || !j.status().isActive());
    assertThat(seen.status()).as("the file is long enough to be caught running").isEqualTo(ImportStatus.RUNNING);
    assertThat(seen.runner()).isEqualTo(importRunner.id());
    assertThat(AnotherInstance.takeOver(importJobs, job.id(), OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1))).isTrue();
    assertThat(AnotherInstance.takeOver(importJobs, job.id(), OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(90)))
        .as("taken once: the new runner's lease has just begun").isFalse();
    ImportJob taken = importJobs.find(job.id()).orElseThrow();
    assertThat(taken.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(taken.runner()).isEqualTo(AnotherInstance.RUNNER);

    // the old runner's next batch is refused: it lets go of the job, leaving it as the takeover left it
    waitUntil("the old runner lets go of the job", () -> !importRunner.has(job.id()));
    ImportJob left = importJobs.find(job.id()).orElseThrow();
    assertThat(left.status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(left.runner()).isEqualTo(AnotherInstance.RUNNER);
    assertThat(left.rowsRead()).as("nothing written after the takeover").isEqualTo(taken.rowsRead()).isLessThan(rows);
    assertThat(left.checkpointLine()).isEqualTo(taken.checkpointLine()).isPositive();
    assertThat(left.message()).isEqualTo("The instance running this import stopped after line " + taken.checkpointLine()
        + "; another carried on from there.");
    assertThat(rowCounts().get("training_record") - before).as("what was written is what the job counted")
        .isEqualTo(left.rowsImported());

    AnotherInstance.run(importRunner, job.id());
    ImportJob done = waitFor(job.id(), j -> j.status() != ImportStatus.QUEUED && !j.status().isActive());
    assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.runner()).as("completed by the new runner").isEqualTo(AnotherInstance.RUNNER);
    assertThat(done.message()).as("people still see why it paused").startsWith("The instance running this import stopped after line");
    assertThat(done.rowsRead()).as("no row read twice").isEqualTo(rows);
    assertThat(done.rowsImported()).isEqualTo(rows);
    assertThat(done.rowsDuplicate()).isZero();
    assertThat(rowCounts().get("training_record") - before).isEqualTo(rows);
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(
            "select count(*), count(distinct source_reference) from training_record where import_job_id = ?")) {
      q.setLong(1, job.id());
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(rows);
        assertThat(rs.getLong(2)).isEqualTo(rows);
      }
    }
  }

  /**
   * A job whose runner is alive is not taken over: not by another instance with the lease's
   * cut-off (the heartbeat, and every batch written, are newer), and not by this instance's own
   * sweep even with a cut-off in the future (it has the job in hand: a pause is not a loss).
   */
  @Test
  void anImportWhoseRunnerIsAliveIsNotTakenOver() throws Exception {
    int rows = 40_000;
    byte[] csv = nationalFile("NHS|CSTF|Conflict Resolution - 3 Years|", rows);
    ImportJob job = imports.upload("NATIONAL_HR", HOSPITAL, "alive.csv", new java.io.ByteArrayInputStream(csv), IMPORT_ADMIN);
    ImportJob seen = waitFor(job.id(), j -> j.rowsRead() >= 1_000 || !j.status().isActive());
    assertThat(seen.status()).as("the file is long enough to be caught running").isEqualTo(ImportStatus.RUNNING);
    assertThat(importJobs.beat(importRunner.id(), List.of(job.id()))).as("its runner's heartbeat").isOne();
    assertThat(importJobs.beat(AnotherInstance.RUNNER, List.of(job.id()))).as("only its runner beats for it").isZero();

    OffsetDateTime lease = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(90);
    assertThat(AnotherInstance.takeOver(importJobs, job.id(), lease)).isFalse();
    assertThat(AnotherInstance.takeOver(importJobs, job.id(), seen.heartbeatAt())).as("at its last heartbeat exactly").isFalse();
    assertThat(importLease.takeOverAbandoned(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1))).isZero();
    ImportJob still = importJobs.find(job.id()).orElseThrow();
    assertThat(still.status()).isIn(ImportStatus.RUNNING, ImportStatus.COMPLETED);
    assertThat(still.runner()).isEqualTo(importRunner.id());

    ImportJob done = waitFor(job.id(), j -> !j.status().isActive());
    assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.runner()).isEqualTo(importRunner.id());
    assertThat(done.message()).isNull();
    assertThat(done.rowsRead()).isEqualTo(rows);
    assertThat(done.rowsImported() + done.rowsDuplicate()).isEqualTo(rows);
  }

  /**
   * A person's side is as before: a job stopped by an error is interrupted (the runner's batch in
   * flight is refused), and resuming it queues it on the instance that takes the request, which goes
   * on after the checkpoint.
   */
  @Test
  void anInterruptedImportResumedByAPersonGoesOnHereWithNothingTwice() throws Exception {
    int rows = 20_000;
    byte[] csv = nationalFile("NHS|CSTF|Information Governance and Data Security - 1 Year|", rows);
    ImportJob job = imports.upload("NATIONAL_HR", HOSPITAL, "resume.csv", new java.io.ByteArrayInputStream(csv), IMPORT_ADMIN);
    ImportJob seen = waitFor(job.id(), j -> j.rowsRead() >= 1_000 || !j.status().isActive());
    assertThat(seen.status()).as("the file is long enough to be caught running").isEqualTo(ImportStatus.RUNNING);
    // what the runner's error handling does to the job
    importJobs.change(job.id(), j -> j.interrupt("Stopped by an error after line " + j.checkpointLine() + ": a test."));
    waitUntil("the runner lets go of the job", () -> !importRunner.has(job.id()));
    ImportJob interrupted = importJobs.find(job.id()).orElseThrow();
    assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
    assertThat(interrupted.rowsRead()).isLessThan(rows);

    ImportJob resumed = imports.resume(job.id(), IMPORT_ADMIN);
    assertThat(resumed.runner()).isEqualTo(importRunner.id());
    assertThat(resumed.message()).isNull();
    ImportJob done = waitFor(job.id(), j -> j.status() != ImportStatus.QUEUED && !j.status().isActive());
    assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
    assertThat(done.rowsRead()).as("no row read twice").isEqualTo(rows);
    assertThat(done.rowsImported() + done.rowsDuplicate()).isEqualTo(rows);
    assertThat(done.message()).isNull();
  }

  /** A national HR export of {@code rows} rows of one competence: each of the hospital's staff on different days. */
  private byte[] nationalFile(String competence, int rows) throws SQLException {
    List<String> numbers = employeeNumbers(HOSPITAL);
    StringBuilder csv = new StringBuilder("Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date\n");
    LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
    java.time.format.DateTimeFormatter uk = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    for (int i = 0; i < rows; i++) {
      // each person the course on a different day: every row a distinct record
      csv.append(HOSPITAL).append(',').append(numbers.get(i % numbers.size())).append(',').append(competence).append(',')
          .append(uk.format(yesterday.minusDays(i / numbers.size()))).append(",\n");
    }
    return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("Waited in vain until " + what);
      }
      Thread.sleep(10);
    }
  }

  /**
   * The same records in two files imported at the same moment (a trust's HR and an academy admin
   * both sending last month's export): both imports complete, and every record is there once.
   */
  @Test
  void overlappingImportsAtOnceAddEachRecordOnce() throws Exception {
    List<String> numbers = employeeNumbers(HOSPITAL);
    int rows = 12_000;
    StringBuilder csv = new StringBuilder("Organisation Code,Employee Number,Competence Name,Achievement Date,Expiry Date\n");
    LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
    for (int i = 0; i < rows; i++) {
      csv.append(HOSPITAL).append(',').append(numbers.get(i % numbers.size()))
          .append(",\"NHS|CSTF|Equality, Diversity and Human Rights - 3 Years|\",")
          .append(yesterday.minusDays(i / numbers.size())).append(",\n");
    }
    byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Caller admin = new Caller(null, "import-it", Set.of(Role.ACADEMY_ADMIN), Set.of(), Set.of(), Set.of(), null);
    long before = rowCounts().get("training_record");
    ImportJob first = imports.upload("NATIONAL_HR", HOSPITAL, "a.csv", new java.io.ByteArrayInputStream(file), admin);
    ImportJob second = imports.upload("NATIONAL_HR", HOSPITAL, "b.csv", new java.io.ByteArrayInputStream(file), admin);
    ImportJob a = waitFor(first.id(), j -> !j.status().isActive());
    ImportJob b = waitFor(second.id(), j -> !j.status().isActive());
    assertThat(List.of(a.status(), b.status())).containsOnly(ImportStatus.COMPLETED);
    assertThat(a.rowsImported() + b.rowsImported()).isEqualTo(rows);
    assertThat(a.rowsDuplicate() + b.rowsDuplicate()).isEqualTo(rows);
    assertThat(rowCounts().get("training_record") - before).isEqualTo(rows);
  }

  private List<String> employeeNumbers(String organisation) throws SQLException {
    List<String> numbers = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("select e.employee_number from employment e join organisation o"
            + " on o.id = e.organisation_id where o.code = ? order by e.employee_number")) {
      q.setString(1, organisation);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          numbers.add(rs.getString(1));
        }
      }
    }
    assertThat(numbers).isNotEmpty();
    return numbers;
  }

  /** A signed passport stops standing the moment a record it asserts is revoked. */
  @Test
  void aCredentialIsRevokedWhenARecordItAssertsIsRevoked() throws Exception {
    transaction.begin();
    Person holder = new Person("ARQ-CRED-1", "Cred", "Holder", null);
    holder.addEmployment(newPost(organisations.byCode(HOSPITAL).orElseThrow(), "ARQ-CRED-1"));
    people.add(holder);
    transaction.commit();
    Caller hr = new Caller(null, "arq.hr", Set.of(Role.HR_ADMIN), Set.of(HOSPITAL), Set.of(HOSPITAL), Set.of(), null);
    var record = recordService.add(new city.academy.passport.api.ManualRecordRequest("ARQ-CRED-1", "FIRE_SAFETY", "1",
        LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(10), HOSPITAL, "certificate ARQ-1"), hr);
    Caller self = new Caller("ARQ-CRED-1", "arq.cred", Set.of(Role.STAFF), Set.of(HOSPITAL), Set.of(), Set.of(), null);
    var credential = credentialService.issueMine(self);
    assertThat(credential.recordIds()).contains(record.id());
    assertThat(verifier.verify(credential.compactJwt()).outcome())
        .isEqualTo(city.academy.passport.credentials.application.CredentialVerifier.Outcome.GENUINE);

    recordService.revoke(record.id(), new city.academy.passport.api.RecordChangeRequest(null, null, "Entered in error."), hr);
    assertThat(credentialService.mine(credential.uuid(), self).isRevoked()).isTrue();
    var check = verifier.verify(credential.compactJwt());
    assertThat(check.outcome()).isEqualTo(city.academy.passport.credentials.application.CredentialVerifier.Outcome.REVOKED);
    assertThat(check.explanation()).contains("revoked");
  }

  private ImportJob waitFor(long id, java.util.function.Predicate<ImportJob> condition) throws InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (true) {
      ImportJob job = importJobs.find(id).orElseThrow();
      if (condition.test(job)) {
        return job;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("Import " + id + " did not get there: " + job.status() + ", " + job.rowsRead() + " rows read");
      }
      Thread.sleep(10);
    }
  }

  private static String sqlStateOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    throw new AssertionError("No SQLException behind " + failure, failure);
  }

  private Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : List.of("organisation", "person", "employment", "user_account", "role_grant", "training_record")) {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from " + table);
            ResultSet rows = query.executeQuery()) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }

  private long employmentsNumbered(Organisation organisation, String number) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from employment where organisation_id = ? and employee_number = ?")) {
      query.setLong(1, organisation.id());
      query.setString(2, number);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
