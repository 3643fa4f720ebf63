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
 * Gets the app a usable database before Flyway migrates it: the configured one, or the default server, or, only
 * when nothing at all listens at the default address, an embedded PostgreSQL. A server that answers but cannot
 * be used (login refused, missing permission, too old) is a {@link DatabaseProblem}, never a reason to fall back.
 * Plain JDBC: it runs before Quarkus starts.
 */
public final class DatabaseBootstrap {

    public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/tarikh";
    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseBootstrap() {
    }

    /** Where the app's data lives: a JDBC URL, and the embedded server behind it when one was started. */
    public record Prepared(String url, String user, String password, EmbeddedDatabase embedded) {
    }

    /**
     * Decides where the app's data lives: the configured URL when one was given, the default server when anything
     * listens at its address, otherwise an embedded server whose files are kept in {@code embeddedDataDir}. The
     * database is created when missing.
     *
     * @throws DatabaseProblem when the chosen server cannot be used, with one line saying what to do
     */
    public static Prepared prepare(String configuredUrl, String defaultUrl, String user, String password,
                                   Path embeddedDataDir) {
        String url = configuredUrl != null ? configuredUrl : defaultUrl;
        JdbcUrl parsed = JdbcUrl.parse(url);
        if (!ServerPort.listens(parsed.host(), parsed.port())) {
            if (configuredUrl != null) {
                throw DatabaseProblem.nothingListens(parsed.hostAndPort());
            }
            return startEmbedded(parsed, embeddedDataDir);
        }
        new DatabaseAccess(url, user, password).requireUsable();
        return new Prepared(url, user, password, null);
    }

    private static Prepared startEmbedded(JdbcUrl defaultUrl, Path dataDir) {
        LOG.warning("Nothing listens at " + defaultUrl.hostAndPort() + " and no database was configured: "
                + "starting an embedded PostgreSQL with its data in " + dataDir);
        EmbeddedDatabase embedded = EmbeddedDatabase.durable(dataDir);
        Prepared prepared = new Prepared(embedded.jdbcUrl(defaultUrl.database()), EmbeddedDatabase.USER, "", embedded);
        LOG.info("Embedded PostgreSQL is listening on port " + embedded.port() + ", data in " + dataDir
                + " (fsync on): " + prepared.url());
        try {
            new DatabaseAccess(prepared.url(), prepared.user(), "").requireUsable();
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        return prepared;
    }

    /** True when a PostgreSQL server accepts {@code user} on the maintenance database of {@code url}'s server. */
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
        String name = safeName(parsed.database());
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
        try (Connection c = connect(parsed.maintenanceUrl(), user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + safeName(parsed.database()) + " WITH (FORCE)");
        }
    }

    /** The URL of another database on the same server (and with the same parameters) as {@code url}. */
    public static String onSameServer(String url, String database) {
        JdbcUrl parsed = JdbcUrl.parse(url);
        return "jdbc:postgresql://" + parsed.hostAndPort() + "/" + safeName(database) + parsed.params();
    }

    /** A database name that can go into SQL unquoted; anything unusual is refused. */
    static String safeName(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("refusing a database with an unusual name: " + name);
        }
        return name;
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
