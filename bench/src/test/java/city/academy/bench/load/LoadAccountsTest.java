package city.academy.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadAccountsTest {

  /** The passport tables of V1__registry_and_records.sql that accounts touch, with a demo city of six people. */
  private static Connection passport(String name) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    try (Statement ddl = db.createStatement()) {
      ddl.execute("CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50");
      ddl.execute("CREATE SEQUENCE role_grant_seq START WITH 50 INCREMENT BY 50");
      ddl.execute("CREATE TABLE organisation (id BIGINT PRIMARY KEY, code VARCHAR(16) NOT NULL)");
      ddl.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, passport_id VARCHAR(16) NOT NULL)");
      ddl.execute("CREATE TABLE employment (id BIGINT PRIMARY KEY, person_id BIGINT NOT NULL, organisation_id BIGINT NOT NULL,"
          + " line_manager_id BIGINT, start_date DATE NOT NULL, end_date DATE)");
      ddl.execute("CREATE TABLE user_account (id BIGINT PRIMARY KEY, username VARCHAR(64) NOT NULL UNIQUE,"
          + " password_hash VARCHAR(255) NOT NULL, person_id BIGINT NOT NULL, enabled BOOLEAN NOT NULL)");
      ddl.execute("CREATE TABLE role_grant (id BIGINT PRIMARY KEY, account_id BIGINT NOT NULL, role_name VARCHAR(32) NOT NULL,"
          + " organisation_id BIGINT)");
      ddl.execute("INSERT INTO organisation VALUES (1, 'NGH'), (2, 'BWC')");
      for (int p = 1; p <= 6; p++) {
        ddl.execute("INSERT INTO person VALUES (" + p + ", 'OWA-" + p + "')");
        ddl.execute("INSERT INTO employment VALUES (" + p + ", " + p + ", " + (p % 2 == 0 ? 2 : 1) + ", "
            + (p == 1 ? "NULL" : "1") + ", DATE '2020-01-01', " + (p == 6 ? "DATE '2021-01-01'" : "NULL") + ")");
      }
      // the demo's own accounts, as EclipseLink wrote them: ids 1.. from the first block
      ddl.execute("SELECT NEXT VALUE FOR user_account_seq");
      ddl.execute("SELECT NEXT VALUE FOR role_grant_seq");
      ddl.execute("INSERT INTO user_account VALUES (1, 'staff', 'PBKDF2-hash', 1, TRUE), (2, 'hr', 'PBKDF2-hash', 2, TRUE)");
      ddl.execute("INSERT INTO role_grant VALUES (1, 2, 'HR_ADMIN', 2)");
    }
    return db;
  }

  @Test
  void addsAccountsForPeopleWithoutOneAndReusesThemNextTime() throws SQLException {
    try (Connection db = passport("accounts")) {
      List<LoadAccount> first = LoadAccounts.prepare(db, 3);
      List<LoadAccount> again = LoadAccounts.prepare(db, 3);

      assertEquals(first, again);
      assertEquals(List.of("staff", "hr", "load.hr.01", "load.0001", "load.0002"),
          first.stream().map(LoadAccount::username).toList());
      assertEquals(List.of("LINE_MANAGER", "HR_ADMIN", "HR_ADMIN", "STAFF", "STAFF"), first.stream().map(LoadAccount::role).toList());
      assertTrue(first.stream().allMatch(a -> a.password().equals(LoadAccounts.DEMO_PASSWORD)));
      // people 3, 4 and 5 had no account and a current post; person 6's post has ended
      assertEquals(List.of("OWA-1", "OWA-2", "OWA-3", "OWA-4", "OWA-5"), first.stream().map(LoadAccount::personId).toList());
      try (Statement query = db.createStatement();
          ResultSet rows = query.executeQuery("SELECT MIN(id), MAX(id), COUNT(*), MIN(password_hash) FROM user_account WHERE username LIKE 'load.%'")) {
        rows.next();
        // a block of its own from the sequence (51..100), not ids EclipseLink may still hand out
        assertEquals(51, rows.getLong(1));
        assertEquals(53, rows.getLong(2));
        assertEquals(3, rows.getInt(3));
        assertEquals("PBKDF2-hash", rows.getString(4));
      }
      try (Statement query = db.createStatement();
          ResultSet rows = query.executeQuery("SELECT g.id, g.organisation_id FROM role_grant g JOIN user_account a ON a.id = g.account_id"
              + " WHERE a.username = 'load.hr.01'")) {
        rows.next();
        assertEquals(51, rows.getLong(1));
        assertEquals(1, rows.getLong(2), "HR admin of the organisation person 3 works for");
      }
    }
  }

  @Test
  void saysSoWhenThereAreNotEnoughPeople() throws SQLException {
    try (Connection db = passport("few")) {
      assertThrows(SQLException.class, () -> LoadAccounts.prepare(db, 4));
      try (Statement query = db.createStatement();
          ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM user_account")) {
        rows.next();
        assertEquals(2, rows.getInt(1), "nothing half made");
      }
    }
  }

  @Test
  void aFewOfTheAccountsAreHrAdmins() {
    assertEquals(0, LoadAccounts.hrAdmins(0));
    assertEquals(1, LoadAccounts.hrAdmins(5));
    assertEquals(2, LoadAccounts.hrAdmins(30));
    assertEquals(5, LoadAccounts.hrAdmins(100));
  }
}
