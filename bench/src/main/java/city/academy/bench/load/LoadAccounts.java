package city.academy.bench.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sign-ins for the load. The demo city has eight; a load of dozens of people needs one each, so
 * this adds accounts for people of the passport schema who have none ({@code load.0001}, ... as
 * staff; {@code load.hr.01}, ... as HR admins of the organisation they work for), with the demo
 * {@code staff} account's password hash, so their password is the demo password too.
 *
 * <p>Plain JDBC on the passport schema (the connection's current schema: set it, e.g. with {@link
 * Connection#setSchema}). Ids come from the tables' own sequences, as EclipseLink uses them: the
 * sequences go up by 50 and EclipseLink takes a value N as the last id of its block N-49..N, so a
 * value this class draws gives it those 50 ids, which no running service will hand out. Staff need
 * no role row ({@code SignInService} gives everyone STAFF); an HR admin has a {@code role_grant} for
 * their organisation, as the demo's {@code hr} has.
 */
public final class LoadAccounts {
  /** The demo password ({@code academy.demo.password}'s default). */
  public static final String DEMO_PASSWORD = "academy";
  /** The prefix of every account this class makes; nothing else is named so. */
  public static final String PREFIX = "load.";
  /** EclipseLink's allocation size for the passport's sequences ({@code allocationSize = 50}, {@code INCREMENT BY 50}). */
  static final int BLOCK = 50;

  private LoadAccounts() {}

  /**
   * Creates {@code count} extra sign-ins (a few of them HR admins) for existing people of the
   * passport schema, with the demo password, and returns them after the demo accounts. Idempotent:
   * running it again reuses the accounts made before and adds only those missing.
   */
  public static List<LoadAccount> prepare(Connection passportDb, int count) throws SQLException {
    return prepare(passportDb, count, DEMO_PASSWORD);
  }

  /**
   * @param demoPassword the demo password of this platform ({@code academy.demo.password}), which
   *     every returned account signs in with
   */
  public static List<LoadAccount> prepare(Connection db, int count, String demoPassword) throws SQLException {
    if (count < 0) {
      throw new IllegalArgumentException("count: 0 or more, not " + count + ".");
    }
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      String hash = staffHash(db);
      int hrWanted = hrAdmins(count);
      Map<String, String> wanted = new LinkedHashMap<>(); // username -> role
      for (int i = 1; i <= hrWanted; i++) {
        wanted.put(String.format(Locale.ROOT, "%shr.%02d", PREFIX, i), LoadAccount.HR_ADMIN);
      }
      for (int i = 1; i <= count - hrWanted; i++) {
        wanted.put(String.format(Locale.ROOT, "%s%04d", PREFIX, i), LoadAccount.STAFF);
      }
      Map<String, String> existing = existingPersons(db);
      List<Candidate> free = candidates(db, LocalDate.now());
      IdBlock accountIds = new IdBlock(db, "user_account_seq");
      IdBlock grantIds = new IdBlock(db, "role_grant_seq");
      String lastHrOrganisation = null;
      for (Map.Entry<String, String> want : wanted.entrySet()) {
        if (existing.containsKey(want.getKey())) {
          continue;
        }
        boolean hr = LoadAccount.HR_ADMIN.equals(want.getValue());
        Candidate person = take(free, hr ? lastHrOrganisation : null);
        if (person == null) {
          throw new SQLException("Only " + existing.size() + " load accounts could be made: no more people without a"
              + " sign-in and with a current post in the passport schema (wanted " + count + ").");
        }
        long accountId = accountIds.next();
        try (PreparedStatement insert = db.prepareStatement(
            "INSERT INTO user_account (id, username, password_hash, person_id, enabled) VALUES (?, ?, ?, ?, ?)")) {
          insert.setLong(1, accountId);
          insert.setString(2, want.getKey());
          insert.setString(3, hash);
          insert.setLong(4, person.id());
          insert.setBoolean(5, true);
          insert.executeUpdate();
        }
        if (hr) {
          try (PreparedStatement grant = db.prepareStatement(
              "INSERT INTO role_grant (id, account_id, role_name, organisation_id) VALUES (?, ?, ?, ?)")) {
            grant.setLong(1, grantIds.next());
            grant.setLong(2, accountId);
            grant.setString(3, LoadAccount.HR_ADMIN);
            grant.setLong(4, person.organisationId());
            grant.executeUpdate();
          }
          lastHrOrganisation = person.organisationCode();
        }
        existing.put(want.getKey(), person.passportId());
      }
      db.commit();
      List<LoadAccount> accounts = new ArrayList<>(demoAccounts(db, demoPassword));
      for (Map.Entry<String, String> want : wanted.entrySet()) {
        accounts.add(new LoadAccount(want.getKey(), demoPassword, want.getValue(), existing.get(want.getKey())));
      }
      db.commit();
      return List.copyOf(accounts);
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }

  /** A few HR admins: two for ten or more accounts, one in twenty beyond forty. */
  static int hrAdmins(int count) {
    if (count == 0) {
      return 0;
    }
    return count < 10 ? 1 : Math.max(2, count / 20);
  }

  private static String staffHash(Connection db) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("SELECT password_hash FROM user_account WHERE username = ?")) {
      query.setString(1, "staff");
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException("The passport schema has no demo 'staff' account to copy the password from:"
              + " start the platform once with the demo data (academy.demo.enabled=true).");
        }
        return rows.getString(1);
      }
    }
  }

  /** Load accounts made before: username to passport identity. */
  private static Map<String, String> existingPersons(Connection db) throws SQLException {
    Map<String, String> found = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT ua.username, p.passport_id FROM user_account ua JOIN person p ON p.id = ua.person_id WHERE ua.username LIKE ?")) {
      query.setString(1, PREFIX + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return found;
  }

  /** The demo (and any other) accounts that are not load accounts, with the role that decides what they do. */
  private static List<LoadAccount> demoAccounts(Connection db, String password) throws SQLException {
    List<LoadAccount> accounts = new ArrayList<>();
    String sql = "SELECT ua.username, p.passport_id,"
        + " (SELECT COUNT(*) FROM role_grant g WHERE g.account_id = ua.id AND g.role_name = 'HR_ADMIN'),"
        + " (SELECT MIN(g.role_name) FROM role_grant g WHERE g.account_id = ua.id),"
        + " (SELECT COUNT(*) FROM employment e WHERE e.line_manager_id = p.id)"
        + " FROM user_account ua JOIN person p ON p.id = ua.person_id"
        + " WHERE ua.enabled = TRUE AND ua.username NOT LIKE ? ORDER BY ua.id";
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, PREFIX + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String role = rows.getInt(3) > 0 ? LoadAccount.HR_ADMIN
              : rows.getString(4) != null ? rows.getString(4)
              : rows.getInt(5) > 0 ? "LINE_MANAGER" : LoadAccount.STAFF;
          accounts.add(new LoadAccount(rows.getString(1), password, role, rows.getString(2)));
        }
      }
    }
    return accounts;
  }

  /** A person without a sign-in, and a post they hold today. */
  record Candidate(long id, String passportId, long organisationId, String organisationCode) {}

  private static List<Candidate> candidates(Connection db, LocalDate today) throws SQLException {
    String sql = "SELECT p.id, p.passport_id, e.organisation_id, o.code FROM person p"
        + " JOIN employment e ON e.person_id = p.id JOIN organisation o ON o.id = e.organisation_id"
        + " WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)"
        + " AND NOT EXISTS (SELECT 1 FROM user_account ua WHERE ua.person_id = p.id)"
        + " ORDER BY p.id, e.id";
    Map<Long, Candidate> first = new LinkedHashMap<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setDate(1, Date.valueOf(today));
      query.setDate(2, Date.valueOf(today));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          first.putIfAbsent(rows.getLong(1), new Candidate(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4)));
        }
      }
    }
    return new ArrayList<>(first.values());
  }

  /** The next free person; for HR admins, one of another organisation than the last if there is one. */
  static Candidate take(List<Candidate> free, String avoidOrganisation) {
    for (int i = 0; i < free.size(); i++) {
      if (avoidOrganisation == null || !free.get(i).organisationCode().equals(avoidOrganisation)) {
        return free.remove(i);
      }
    }
    return free.isEmpty() ? null : free.remove(0);
  }

  /** Ids drawn from a sequence the way EclipseLink draws them: value N gives N-49..N. */
  static final class IdBlock {
    private final Connection db;
    private final String sequence;
    private long next;
    private long last = -1;

    IdBlock(Connection db, String sequence) {
      this.db = db;
      this.sequence = sequence;
    }

    long next() throws SQLException {
      if (next > last) {
        long value = nextValue();
        next = value - BLOCK + 1;
        last = value;
      }
      return next++;
    }

    private long nextValue() throws SQLException {
      boolean h2 = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
      String sql = h2 ? "SELECT NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')";
      try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
