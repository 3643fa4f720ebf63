package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void startsAnEmbeddedServerWhenNothingAnswersAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        DatabaseBootstrap.Prepared first = DatabaseBootstrap.prepare(null, NOTHING_ANSWERS, "postgres", "", data);
        try {
            assertNotNull(first.embedded(), "an embedded server was started");
            assertTrue(first.url().endsWith("/tarikh"), first.url());
            try (Connection c = DatabaseBootstrap.connect(first.url(), first.user(), ""); Statement s = c.createStatement()) {
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
    void createsTheConfiguredDatabaseWhenMissing() throws Exception {
        String server = "jdbc:postgresql://localhost:5432/postgres";
        EmbeddedDatabase embedded = DatabaseBootstrap.serverAnswers(server, "postgres", "") ? null : EmbeddedDatabase.start(null);
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
}
