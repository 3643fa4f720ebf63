package org.tarikh.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.database.GenericPlans;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/**
 * The sign-in joined into the hot statements ({@link JoinedSignIn#JOINS}) runs, under PostgreSQL's generic plan,
 * only the lookup of the kind the request offers: a session never scans the API tokens (a join did, on every
 * request, however many tokens there were), and nobody's request counts failed sign-ins but Basic's.
 */
@QuarkusTest
class JoinedSignInPlanTest {

    @Inject
    GenericPlans genericPlans;

    @Test
    void aSessionLooksUpTheSessionAlone() throws SQLException, IOException {
        String learner = TestUsers.learner("plansession");
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        Probe probe = probe("'session', '\\x" + hex(browser.sessionCookie()) + "', NULL, NULL, NULL, NULL");
        assertEquals(learner, probe.found());
        assertEquals(0, loops(probe.plan(), "api_token"), "the token lookup did not run");
        assertEquals(0, loops(probe.plan(), "failed_attempt"), "the throttle's count did not run");
    }

    @Test
    void aTokenLooksUpTheTokenAndNoFailures() throws SQLException, IOException {
        String learner = TestUsers.learner("plantoken");
        String token = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "plan"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
        // A first use writes the token's last use, which the joined lookup requires.
        RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Probe probe = probe("'bearer', '\\x" + hex(token) + "', NULL, NULL, NULL, NULL");
        assertEquals(learner, probe.found());
        assertEquals(1, loops(probe.plan(), "api_token"));
        assertEquals(0, loops(probe.plan(), "failed_attempt"));
    }

    private static String hex(String secret) {
        return HexFormat.of().formatHex(SecretTokens.hash(secret));
    }

    /** The account the joins found for these values of {@link JoinedSignIn#WANTED}, and the plan they ran. */
    private record Probe(String found, JsonNode plan) {
    }

    /** Runs the joins with PostgreSQL's generic plan, as the hot statements do, and explains the run. */
    private Probe probe(String values) throws SQLException, IOException {
        String wanted = JoinedSignIn.WANTED;
        for (int n = 1; wanted.contains("?"); n++) {
            wanted = wanted.replaceFirst("\\?", "\\$" + n);
        }
        try (Connection c = genericPlans.connection(); Statement s = c.createStatement()) {
            s.execute("PREPARE sign_in_probe(text, bytea, text, text, int, int) AS SELECT u.username FROM (SELECT "
                    + wanted + ") wanted " + JoinedSignIn.JOINS);
            try (ResultSet row = s.executeQuery("EXECUTE sign_in_probe(" + values + ")")) {
                assertTrue(row.next());
                String found = row.getString(1);
                try (ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE sign_in_probe(" + values + ")")) {
                    r.next();
                    return new Probe(found, new ObjectMapper().readTree(r.getString(1)).get(0).get("Plan"));
                }
            } finally {
                s.execute("DEALLOCATE sign_in_probe");
            }
        }
    }

    /** How many times the plan's scans of a table ran, over all its nodes (0: never executed). */
    private static long loops(JsonNode node, String table) {
        long loops = table.equals(node.path("Relation Name").asText()) ? node.path("Actual Loops").asLong() : 0;
        for (JsonNode child : node.path("Plans")) {
            loops += loops(child, table);
        }
        return loops;
    }
}
