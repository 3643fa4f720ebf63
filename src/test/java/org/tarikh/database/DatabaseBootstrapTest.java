package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBootstrapTest {

    /** Port 1 never has a PostgreSQL server, so the fallback must kick in. */
    private static final String NOTHING_ANSWERS = "jdbc:postgresql://localhost:1/tarikh";

    @Test
    void startsADurableEmbeddedServerWhenNothingListensAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        DatabaseBootstrap.Prepared first = DatabaseBootstrap.prepare(null, NOTHING_ANSWERS, "postgres", "", data);
        try {
            assertNotNull(first.embedded(), "an embedded server was started");
            assertEquals(data, first.embedded().dataDir());
            assertTrue(first.url().endsWith(":" + first.embedded().port() + "/tarikh"), first.url());
            try (Connection c = DatabaseBootstrap.connect(first.url(), first.user(), ""); Statement s = c.createStatement()) {
                assertEquals("on", show(s, "fsync"), "a crash must not lose or corrupt learners' data");
                assertEquals("on", show(s, "synchronous_commit"), "an acknowledged commit is on disk");
                assertEquals("on", show(s, "full_page_writes"));
                s.execute("CREATE TABLE kept (v int)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
        } finally {
            first.embedded().close();
        }
        assertTrue(Files.isDirectory(data.resolve("base")), "the data directory holds a cluster");

        DatabaseBootstrap.Prepared second = DatabaseBootstrap.prepare(null, NOTHING_ANSWERS, "postgres", "", data);
        try (Connection c = DatabaseBootstrap.connect(second.url(), second.user(), "");
             ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1), "data survives a restart of the embedded server");
        } finally {
            second.embedded().close();
        }
    }

    @Test
    void aConfiguredServerWhereNothingListensStopsTheAppInsteadOfFallingBack(@TempDir Path dir) {
        DatabaseProblem problem = assertThrows(DatabaseProblem.class,
                () -> DatabaseBootstrap.prepare(NOTHING_ANSWERS, DatabaseBootstrap.DEFAULT_URL, "postgres", "", dir.resolve("pg")));
        assertTrue(problem.getMessage().contains("Nothing listens at localhost:1"), problem.getMessage());
        assertFalse(Files.exists(dir.resolve("pg")), "no embedded server was started");
    }

    @Test
    void createsTheConfiguredDatabaseWhenMissing() throws Exception {
        String server = "jdbc:postgresql://localhost:5432/postgres";
        EmbeddedDatabase embedded = DatabaseBootstrap.serverAnswers(server, "postgres", "") ? null : EmbeddedDatabase.throwaway();
        String base = embedded == null ? "jdbc:postgresql://localhost:5432/" : embedded.jdbcUrl("");
        String url = base + "tarikh_bootstrap_" + System.nanoTime();
        try {
            DatabaseBootstrap.Prepared p = DatabaseBootstrap.prepare(url, NOTHING_ANSWERS, "postgres", "", null);
            assertNull(p.embedded(), "a configured URL is used as given");
            assertEquals(url, p.url());
            try (Connection c = DatabaseBootstrap.connect(url, "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
                assertTrue(rs.next());
                assertEquals(url.substring(url.lastIndexOf('/') + 1), rs.getString(1));
            }
            DatabaseBootstrap.createDatabaseIfMissing(url, "postgres", ""); // a second time changes nothing
        } finally {
            DatabaseBootstrap.dropDatabase(url, "postgres", "");
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Test
    void aServerOlderThan13IsRefused() {
        DatabaseAccess.requireVersion(130000, "13.0", "db:5432");
        DatabaseProblem problem = assertThrows(DatabaseProblem.class,
                () -> DatabaseAccess.requireVersion(120022, "12.22", "db:5432"));
        assertEquals("PostgreSQL 12.22 at db:5432 is too old: Tarikh needs PostgreSQL 13 or newer. "
                + "Upgrade the server or point QUARKUS_DATASOURCE_JDBC_URL at a newer one.", problem.getMessage());
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
