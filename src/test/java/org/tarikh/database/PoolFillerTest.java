package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** {@link PoolFiller}: once the server listens, both pools hold their minimum of open connections, unasked. */
@QuarkusTest
class PoolFillerTest {

    @Inject
    DataSource db;

    @ConfigProperty(name = "quarkus.datasource.jdbc.min-size")
    int mainMinimum;

    @ConfigProperty(name = "quarkus.datasource.\"generic-plans\".jdbc.min-size")
    int genericMinimum;

    @Test
    void bothPoolsAreFilledToTheirMinimum() throws Exception {
        assertTrue(mainMinimum > 1 && genericMinimum > 1, "a minimum is configured for both pools");
        long deadline = System.nanoTime() + 20_000_000_000L;
        long open;
        do {
            open = serverProcesses();
            Thread.sleep(100);
        } while (open < mainMinimum + genericMinimum && System.nanoTime() < deadline);
        assertTrue(open >= mainMinimum + genericMinimum, open + " connections open, expected at least "
                + mainMinimum + " + " + genericMinimum);
    }

    /** The server processes serving this test run's database: the app's pools are its only clients. */
    private long serverProcesses() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) {
            r.next();
            return r.getLong(1);
        }
    }
}
