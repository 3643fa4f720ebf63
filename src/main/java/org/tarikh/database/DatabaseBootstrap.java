package org.tarikh.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Makes sure the configured database exists before Flyway migrates it, and falls back to an embedded
 * PostgreSQL when no server answers at the default address. Plain JDBC: it runs before Quarkus starts.
 */
public final class DatabaseBootstrap {

    public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/tarikh";
    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseBootstrap() {
    }

    /** True when a PostgreSQL server accepts a connection to the maintenance database of {@code url}'s server. */
    public static boolean serverAnswers(String url, String user, String password) {
        try (Connection ignored = connect(JdbcUrl.parse(url).maintenanceUrl(), user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the database named in {@code url} when the server does not have it yet. */
    public static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        JdbcUrl parsed = JdbcUrl.parse(url);
        String name = parsed.database();
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new SQLException("refusing to create a database with an unusual name: " + name);
        }
        try (Connection c = connect(parsed.maintenanceUrl(), user, password);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                return;
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
                LOG.info("Created database " + name);
            } catch (SQLException e) {
                // Another process may have created it between our check and our CREATE (SQLSTATE 42P04).
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** Drops a database, closing any connection still open to it (PostgreSQL 13+). */
    public static void dropDatabase(String url, String user, String password) throws SQLException {
        JdbcUrl parsed = JdbcUrl.parse(url);
        if (!SAFE_NAME.matcher(parsed.database()).matches()) {
            throw new SQLException("refusing to drop a database with an unusual name: " + parsed.database());
        }
        try (Connection c = connect(parsed.maintenanceUrl(), user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + parsed.database() + " WITH (FORCE)");
        }
    }

    /** Where the app's data lives: a JDBC URL, and the embedded server behind it when one was started. */
    public record Prepared(String url, String user, String password, EmbeddedDatabase embedded) {
    }

    /**
     * Decides where the app's data lives: the configured URL when one was given, the default server when it
     * answers, otherwise an embedded server whose files are kept in {@code embeddedDataDir}. The database is
     * created when missing.
     */
    public static Prepared prepare(String configuredUrl, String defaultUrl, String user, String password,
                                   Path embeddedDataDir) throws SQLException {
        Prepared prepared = new Prepared(configuredUrl != null ? configuredUrl : defaultUrl, user, password, null);
        if (configuredUrl == null && !serverAnswers(defaultUrl, user, password)) {
            LOG.warning("No PostgreSQL server answers at " + defaultUrl + " and none was configured: "
                    + "starting an embedded PostgreSQL with its data in " + embeddedDataDir);
            EmbeddedDatabase embedded = EmbeddedDatabase.start(embeddedDataDir);
            prepared = new Prepared(embedded.jdbcUrl(JdbcUrl.parse(defaultUrl).database()), EmbeddedDatabase.USER, "",
                    embedded);
            LOG.info("Embedded PostgreSQL is listening at " + prepared.url());
        }
        createDatabaseIfMissing(prepared.url(), prepared.user(), prepared.password());
        return prepared;
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, props);
    }
}
