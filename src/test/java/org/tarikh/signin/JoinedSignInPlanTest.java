package org.tarikh.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.tarikh.web.SignedInUser;

/**
 * The sign-in joined into the hot statements ({@link JoinedSignIn.Lookup}) runs, under PostgreSQL's generic plan,
 * only the lookup of the kind the request offers: a session never scans the API tokens (a join did, on every
 * request, however many tokens there were), nobody's request counts failed sign-ins but Basic's, and a secret
 * offered as another kind than its own finds no one.
 */
@QuarkusTest
class JoinedSignInPlanTest {

    @Inject
    GenericPlans genericPlans;

    @Test
    void aSessionLooksUpTheSessionAlone() throws SQLException, IOException {
        String learner = TestUsers.learner("plansession");
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        Probe probe = probe(SignedInUser.Via.SESSION, secret(browser.sessionCookie()));
        assertEquals(learner, probe.found());
        assertEquals(1, loops(probe.plan(), "user_session"));
        assertEquals(0, loops(probe.plan(), "api_token"), "the token lookup did not run");
        assertEquals(0, loops(probe.plan(), "failed_attempt"), "the throttle's count did not run");
        assertNull(probe(SignedInUser.Via.BEARER, secret(browser.sessionCookie())).found(),
                "a session's secret is no token");
    }

    @Test
    void aTokenLooksUpTheTokenAndNoFailures() throws SQLException, IOException {
        String learner = TestUsers.learner("plantoken");
        String token = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "plan"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
        // A first use writes the token's last use, which the joined lookup requires.
        RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Probe probe = probe(SignedInUser.Via.BEARER, secret(token));
        assertEquals(learner, probe.found());
        assertEquals(1, loops(probe.plan(), "api_token"));
        assertEquals(0, loops(probe.plan(), "user_session"));
        assertEquals(0, loops(probe.plan(), "failed_attempt"));
        assertNull(probe(SignedInUser.Via.SESSION, secret(token)).found(), "a token is no session's secret");
    }

    /** The values of {@link JoinedSignIn#WANTED} for a session's or a token's secret. */
    private static String secret(String secret) {
        return "'\\x" + HexFormat.of().formatHex(SecretTokens.hash(secret)) + "', NULL, NULL, NULL, NULL";
    }

    /**
     * The account the lookup of one kind found for these values of {@link JoinedSignIn#WANTED} (null: none), and
     * the plan it ran.
     */
    private record Probe(String found, JsonNode plan) {
    }

    /** Runs the joins with PostgreSQL's generic plan, as the hot statements do, and explains the run. */
    private Probe probe(SignedInUser.Via via, String values) throws SQLException, IOException {
        String wanted = JoinedSignIn.WANTED;
        for (int n = 1; wanted.contains("?"); n++) {
            wanted = wanted.replaceFirst("\\?", "\\$" + n);
        }
        try (Connection c = genericPlans.connection(); Statement s = c.createStatement()) {
            s.execute("PREPARE sign_in_probe(bytea, text, text, int, int) AS SELECT u.username FROM (SELECT "
                    + wanted + ") wanted " + JoinedSignIn.lookup(via).joins());
            try (ResultSet row = s.executeQuery("EXECUTE sign_in_probe(" + values + ")")) {
                assertTrue(row.next(), "the statement answers one row whoever is found");
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
