package city.academy.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database a connection speaks to, for the few statements that differ between H2 and PostgreSQL. */
public final class Databases {
  private Databases() {}

  public static boolean isPostgres(Connection connection) throws SQLException {
    return product(connection).contains("postgres");
  }

  public static boolean isH2(Connection connection) throws SQLException {
    return product(connection).contains("h2");
  }

  private static String product(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
  }
}
