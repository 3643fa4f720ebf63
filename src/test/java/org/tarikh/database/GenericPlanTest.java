package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

/** {@link NamedSql#withGenericPlan} on a real server: the plan it gets, and the connection it leaves behind. */
@QuarkusTest
class GenericPlanTest {

    @Inject
    DataSource db;

    @Test
    void theQueryRunsWithTheGenericPlanAndTheConnectionKeepsItsOwnSetting() throws SQLException {
        NamedSql sql = NamedSql.withGenericPlan("SELECT current_setting('plan_cache_mode') AS mode, :n::int AS n");
        try (Connection c = db.getConnection()) {
            String before = show(c);
            try (PreparedStatement s = sql.prepare(c, Map.of("n", 7)); ResultSet row = sql.executeQuery(s)) {
                assertTrue(row.next());
                assertEquals("force_generic_plan", row.getString("mode"));
                assertEquals(7, row.getInt("n"));
            }
            assertEquals(before, show(c), "the setting lasted only for the query");
        }
    }

    @Test
    void aFailedQueryLeavesTheConnectionsSettingAsItWas() throws SQLException {
        NamedSql sql = NamedSql.withGenericPlan("SELECT 1 / :zero::int");
        try (Connection c = db.getConnection()) {
            String before = show(c);
            try (PreparedStatement s = sql.prepare(c, Map.of("zero", 0))) {
                assertThrows(SQLException.class, () -> sql.executeQuery(s).close());
            }
            assertEquals(before, show(c));
        }
    }

    /** pg_prepared_statements counts, per server-side statement, the plans made for it of each kind. */
    @Test
    void theServerNeverMakesACustomPlanForIt() throws SQLException {
        String query = "SELECT count(*) FROM card WHERE user_id = :user AND due <= now() - make_interval(days => :days)";
        String marker = "/* %s */ ";
        try (Connection c = db.getConnection()) {
            run(c, NamedSql.withGenericPlan(marker.formatted("generic") + query));
            run(c, NamedSql.of(marker.formatted("default") + query));
            assertEquals("0 custom", plans(c, "generic"), "with the generic plan forced");
            assertTrue(plans(c, "default").matches("[1-9]\\d* custom"), "by default: " + plans(c, "default"));
        }
    }

    private static void run(Connection c, NamedSql sql) throws SQLException {
        for (int i = 0; i < 10; i++) { // the driver prepares it on the server from the fifth time on
            try (PreparedStatement s = sql.prepare(c, Map.of("user", (long) i, "days", i)); ResultSet r = sql.executeQuery(s)) {
                assertTrue(r.next());
            }
        }
    }

    private static String plans(Connection c, String marker) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT custom_plans FROM pg_prepared_statements WHERE statement LIKE ? AND statement LIKE '%card%'")) {
            s.setString(1, "%/* " + marker + " */%");
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no server-side statement for " + marker);
                return r.getLong(1) + " custom";
            }
        }
    }

    private static String show(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW plan_cache_mode")) {
            r.next();
            return r.getString(1);
        }
    }
}
