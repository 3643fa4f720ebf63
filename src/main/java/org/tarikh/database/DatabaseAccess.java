package org.tarikh.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Checks, before Quarkus starts, that the app can use its database: the login is accepted, the server is
 * PostgreSQL 13 or newer, the database exists (created when the user may), and the user may create tables.
 * Anything else is a {@link DatabaseProblem} with one line that says what to do.
 */
final class DatabaseAccess {

    static final int OLDEST_VERSION = 130000;
    private static final Logger LOG = Logger.getLogger(DatabaseAccess.class.getName());
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcUrl url;
    private final String rawUrl;
    private final String user;
    private final String password;

    DatabaseAccess(String url, String user, String password) {
        this.rawUrl = url;
        this.url = JdbcUrl.parse(url);
        this.user = user;
        this.password = password;
    }

    void requireUsable() {
        try {
            check();
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw DatabaseProblem.fromLoginFailure(e, user, url.database(), address());
            }
            createDatabase();
            try {
                check();
            } catch (SQLException again) {
                throw DatabaseProblem.fromLoginFailure(again, user, url.database(), address());
            }
        }
    }

    private void check() throws SQLException {
        try (Connection c = connect(rawUrl)) {
            requireVersion(c);
            requireTableCreation(c);
        }
    }

    private void createDatabase() {
        try (Connection c = connect(url.maintenanceUrl())) {
            requireVersion(c);
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DatabaseBootstrap.safeName(url.database()));
                LOG.info("Created database " + url.database() + " at " + address());
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return; // another node created it meanwhile (a concurrent CREATE fails on pg_database's unique index)
            }
            if ("42501".equals(e.getSQLState())) {
                throw DatabaseProblem.cannotCreateDatabase(e, user, url.database(), address());
            }
            throw DatabaseProblem.fromLoginFailure(e, user, "postgres", address());
        }
    }

    private void requireVersion(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT current_setting('server_version_num')::int, current_setting('server_version')")) {
            rs.next();
            requireVersion(rs.getInt(1), rs.getString(2), address());
        }
    }

    static void requireVersion(int versionNum, String version, String address) {
        if (versionNum < OLDEST_VERSION) {
            throw DatabaseProblem.tooOld(version, address);
        }
    }

    /** Flyway creates its tables in schema public; since PostgreSQL 15 only the database's owner may by default. */
    private void requireTableCreation(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT has_schema_privilege('public', 'CREATE')")) {
            ResultSet rs = s.executeQuery();
            rs.next();
            if (!rs.getBoolean(1)) {
                throw DatabaseProblem.cannotCreateTables(user, url.database(), address());
            }
        }
    }

    private String address() {
        return url.hostAndPort();
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        return DatabaseBootstrap.connect(jdbcUrl, user, password);
    }
}
