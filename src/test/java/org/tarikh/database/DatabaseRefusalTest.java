package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that answers but will not serve the app stops it with one line naming the user and saying what to do;
 * it never falls back to the embedded server. The refusing server is an embedded one set to ask for passwords
 * (scram-sha-256, as a stock Debian or Ubuntu PostgreSQL does over TCP), so the test needs nothing from the machine.
 */
class DatabaseRefusalTest {

    private static EmbeddedDatabase server;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServerThatAsksForPasswords() throws Exception {
        server = EmbeddedDatabase.throwaway();
        base = server.jdbcUrl("");
        try (Connection c = DatabaseBootstrap.connect(base + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE learner LOGIN PASSWORD 'right-password'");
            s.execute("CREATE DATABASE school"); // owned by postgres: learner may connect but not create tables
            ResultSet rs = s.executeQuery("SHOW hba_file");
            rs.next();
            Files.writeString(Path.of(rs.getString(1)), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            s.execute("SELECT pg_reload_conf()");
        }
        try (Connection c = DatabaseBootstrap.connect(base + "school", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC"); // the default since PostgreSQL 15, said anyway
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aWrongPasswordStopsTheAppWithOneLineNamingTheUser() {
        String message = refusal(base + "school", "learner", "wrong-password");
        assertTrue(message.contains("refused the login of user 'learner'"), message);
        assertTrue(message.contains("password authentication failed"), message);
        assertTrue(message.contains("createuser --pwprompt learner"), message);
        assertTrue(message.contains("QUARKUS_DATASOURCE_USERNAME=learner and QUARKUS_DATASOURCE_PASSWORD"), message);
    }

    @Test
    void noPasswordWhereTheServerAsksForOneIsALoginRefusal() {
        String message = refusal(base + "school", "learner", "");
        assertTrue(message.contains("refused the login of user 'learner'"), message);
    }

    @Test
    void aUserThatDoesNotExistIsNamed() {
        String message = refusal(base + "school", "nobody_here", "some-password");
        assertTrue(message.contains("refused the login of user 'nobody_here'"), message);
    }

    @Test
    void aUserWhoMayNotCreateTheMissingDatabaseIsToldHowToCreateIt() {
        String message = refusal(base + "tarikh_missing", "learner", "right-password");
        assertTrue(message.contains("user 'learner' may not create it"), message);
        assertTrue(message.contains("createdb --owner learner tarikh_missing"), message);
    }

    @Test
    void aUserWhoMayNotCreateTablesIsToldWhatToGrant() {
        String message = refusal(base + "school", "learner", "right-password");
        assertTrue(message.contains("User 'learner' may not create tables in schema public of database 'school'"), message);
        assertTrue(message.contains("GRANT CREATE ON SCHEMA public TO learner"), message);
    }

    @Test
    void theRightUserAndPasswordOnItsOwnDatabaseIsUsedAsConfigured() throws Exception {
        try (Connection c = DatabaseBootstrap.connect(base + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE learners_own OWNER learner");
        }
        DatabaseBootstrap.Prepared p = DatabaseBootstrap.prepare(base + "learners_own", DatabaseBootstrap.DEFAULT_URL,
                "learner", "right-password", dir.resolve("pg"));
        assertNull(p.embedded());
    }

    private String refusal(String url, String user, String password) {
        DatabaseProblem problem = assertThrows(DatabaseProblem.class,
                () -> DatabaseBootstrap.prepare(url, DatabaseBootstrap.DEFAULT_URL, user, password, dir.resolve("pg")));
        assertFalse(problem.getMessage().contains("\n"), "one line: " + problem.getMessage());
        assertFalse(Files.exists(dir.resolve("pg")), "no embedded server was started");
        return problem.getMessage();
    }
}
