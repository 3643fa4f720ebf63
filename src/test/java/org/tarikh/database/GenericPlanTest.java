package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@link GenericPlans} on a real server: the plans its connections get, the main pool's connections left as they were,
 * and the server's JIT off on both.
 */
@QuarkusTest
class GenericPlanTest {

    @Inject
    DataSource db;

    @Inject
    GenericPlans genericPlans;

    @Test
    void onlyThePoolsConnectionsRunWithTheGenericPlan() throws SQLException {
        try (Connection c = genericPlans.connection()) {
            assertEquals("force_generic_plan", show(c, "plan_cache_mode"));
            assertEquals("5s", show(c, "statement_timeout"), "some of its statements run on the event loop");
        }
        try (Connection c = db.getConnection()) {
            assertEquals("auto", show(c, "plan_cache_mode"));
            assertEquals("0", show(c, "statement_timeout"));
        }
    }

    /** The server's JIT compiles large queries at a cost no query of the app wins back (the class report's mastery). */
    @Test
    void bothPoolsRunWithoutTheServersJit() throws SQLException {
        try (Connection c = genericPlans.connection()) {
            assertEquals("off", show(c, "jit"));
        }
        try (Connection c = db.getConnection()) {
            assertEquals("off", show(c, "jit"));
        }
    }

    /** pg_prepared_statements counts, per server-side statement, the plans made for it of each kind. */
    @Test
    void theServerNeverMakesACustomPlanOnThePoolsConnections() throws SQLException {
        NamedSql query = NamedSql.of("SELECT count(*) FROM card WHERE user_id = :user AND due <= now() - make_interval(days => :days)");
        try (Connection c = genericPlans.connection()) {
            run(c, query);
            assertEquals("0 custom", plans(c), "with the generic plan forced");
        }
        try (Connection c = db.getConnection()) {
            run(c, query);
            assertTrue(plans(c).matches("[1-9]\\d* custom"), "by default: " + plans(c));
        }
    }

    private static void run(Connection c, NamedSql sql) throws SQLException {
        for (int i = 0; i < 10; i++) { // the driver prepares it on the server from the fifth time on
            try (PreparedStatement s = sql.prepare(c, Map.of("user", (long) i, "days", i)); ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
            }
        }
    }

    private static String plans(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT custom_plans FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*) FROM card WHERE user_id%'")) {
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no server-side statement");
                return r.getLong(1) + " custom";
            }
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW " + setting)) {
            r.next();
            return r.getString(1);
        }
    }
}
