package org.tarikh.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.tarikh.database.DatabaseBootstrap;

/**
 * A database name of its own ({@code tarikh_test_<purpose>_<random>}) on the PostgreSQL at localhost:5432, for tests
 * that start app processes: the apps create it, {@link #close()} drops it. Plain JDBC for the test's own checks.
 */
public final class FreshDatabase implements AutoCloseable {

    public static final String SERVER = "jdbc:postgresql://localhost:5432/";
    public static final String USER = "postgres";
    private final String url;

    private FreshDatabase(String url) {
        this.url = url;
    }

    public static FreshDatabase named(String purpose) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return new FreshDatabase(SERVER + "tarikh_test_" + purpose + "_" + suffix);
    }

    /** Whether the server answers, so a test can say clearly why it is skipped. */
    public static boolean serverAnswers() {
        return DatabaseBootstrap.serverAnswers(SERVER + "postgres", USER, "");
    }

    public String url() {
        return url;
    }

    /** The first column of the first row of {@code sql}, as a long. */
    public long number(String sql) {
        try (Connection c = DriverManager.getConnection(url, USER, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            DatabaseBootstrap.dropDatabase(url, USER, "");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + url + ": " + e.getMessage());
        }
    }
}
