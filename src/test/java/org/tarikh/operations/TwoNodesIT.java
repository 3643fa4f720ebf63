package org.tarikh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarikh.support.NodeHttp.basic;
import static org.tarikh.support.NodeHttp.cookie;
import static org.tarikh.support.NodeHttp.get;
import static org.tarikh.support.NodeHttp.postForm;
import static org.tarikh.support.NodeHttp.postJson;
import static org.tarikh.support.NodeHttp.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tarikh.support.AppNode;
import org.tarikh.support.FreshDatabase;
import org.tarikh.support.NodeHttp;

/**
 * Two app processes of the packaged jar on one fresh database, started at the same moment, so they create the
 * database, migrate it and load the curated banks together (how much the loads overlap depends on timing; the
 * race itself is forced in CuratedBankLoaderTest): what one node knows about sign-in, throttling and reviews,
 * the other knows too.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoNodesIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String SESSION = "quarkus-credential";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FreshDatabase db;
    private static AppNode a;
    private static AppNode b;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        Assumptions.assumeTrue(FreshDatabase.serverAnswers(), "no PostgreSQL at localhost:5432 (user postgres): skipped");
        db = FreshDatabase.named("twonodes");
        a = AppNode.start("node-a", db.url());
        b = AppNode.start("node-b", db.url());
        CompletableFuture<Void> readyA = CompletableFuture.runAsync(() -> a.awaitReady(Duration.ofSeconds(90)));
        b.awaitReady(Duration.ofSeconds(90));
        readyA.get(90, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopNodes() {
        for (AutoCloseable c : new AutoCloseable[] {a, b, db}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("closing " + c + ": " + e);
            }
        }
    }

    @Test
    void bothNodesLoadTheCuratedBanksAtOnceWithoutDuplicatesOrFailures() throws Exception {
        for (AppNode node : List.of(a, b)) {
            JsonNode banks = check(readiness(node), "curated-banks");
            assertEquals(0, banks.path("data").path("failed").asInt(), node.logTail());
            assertEquals(5, banks.path("data").path("loaded").asInt(), "the five Najibullah banks on " + node.url(""));
        }
        assertEquals(5, db.number("SELECT count(*) FROM bank WHERE owner_id IS NULL"));
        assertEquals(0, db.number("SELECT count(*) - count(DISTINCT (bank_id, question_key)) FROM question"),
                "each curated question stored once");
        assertEquals(1, db.number("SELECT max(version) FROM question"), "no question re-versioned by the second load");
    }

    @Test
    void aSignInOnOneNodeWorksOnTheOtherAndASignOutOnOneEndsItOnBoth() {
        String user = register(a, "roaming");
        String session = signIn(b, user, PASSWORD);
        assertEquals(200, me(a, session), "the session started on node B opens node A");
        assertEquals(200, me(b, session));

        HttpResponse<String> page = send(get(a, "/settings").header("Cookie", SESSION + "=" + session));
        assertEquals(200, page.statusCode());
        HttpResponse<String> out = send(postForm(b, "/logout").header("Cookie", SESSION + "=" + session)
                .header("X-CSRF-Token", NodeHttp.csrfToken(page)));
        assertEquals(303, out.statusCode(), "signed out on node B with the token node A put on its page");

        assertEquals(401, me(a, session), "the session ended on node B is refused on node A");
        assertEquals(401, me(b, session));
    }

    @Test
    void failedSignInsCountOnBothNodesTogether() {
        String user = register(a, "guessed");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, send(get(a, "/api/v1/me").header("Authorization", basic(user, "wrong-" + i))).statusCode());
            HttpResponse<String> form = signInForm(b, user, "wrong-form-" + i);
            assertEquals(302, form.statusCode());
            assertTrue(form.headers().firstValue("Location").orElse("").contains("error"), "back to the form");
        }
        // Five failures on each node: ten for the username, so both now refuse even the right password.
        HttpResponse<String> onA = send(get(a, "/api/v1/me").header("Authorization", basic(user, PASSWORD)));
        assertEquals(429, onA.statusCode(), onA.body());
        assertTrue(onA.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, signInForm(b, user, PASSWORD).statusCode());
    }

    @Test
    void theSameReviewIdSentToBothNodesAtOnceIsStoredOnce() throws Exception {
        String user = register(a, "twice");
        String auth = basic(user, PASSWORD);
        assertEquals(200, send(postJson(a, "/api/v1/decks", "{\"bank\":\"najibullah-dates\"}")
                .header("Authorization", auth)).statusCode());
        HttpResponse<String> next = send(get(b, "/api/v1/reviews/next?bank=najibullah-dates").header("Authorization", auth));
        assertEquals(200, next.statusCode(), next.body());
        long card = JSON.readTree(next.body()).path("cardId").asLong();
        String reviewId = UUID.randomUUID().toString();
        String body = "{\"cardId\":" + card + ",\"rating\":3,\"reviewId\":\"" + reviewId + "\"}";

        for (int round = 0; round < 3; round++) { // the race is tried a few times, each with a review id of its own
            String id = round == 0 ? reviewId : UUID.randomUUID().toString();
            String sent = body.replace(reviewId, id);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> toA = CompletableFuture.supplyAsync(() -> {
                await(go);
                return send(postJson(a, "/api/v1/reviews", sent).header("Authorization", auth));
            });
            CompletableFuture<HttpResponse<String>> toB = CompletableFuture.supplyAsync(() -> {
                await(go);
                return send(postJson(b, "/api/v1/reviews", sent).header("Authorization", auth));
            });
            go.countDown();
            HttpResponse<String> ra = toA.get(15, TimeUnit.SECONDS);
            HttpResponse<String> rb = toB.get(15, TimeUnit.SECONDS);
            assertEquals(200, ra.statusCode(), ra.body());
            assertEquals(200, rb.statusCode(), rb.body());
            assertEquals(JSON.readTree(ra.body()), JSON.readTree(rb.body()), "both nodes answer the one stored review");
            assertEquals(1, db.number("SELECT count(*) FROM review_log WHERE review_id = '" + id + "'"));
        }
        assertEquals(3, db.number("SELECT count(*) FROM review_log WHERE card_id = " + card));
    }

    private static String register(AppNode node, String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = send(postJson(node, "/api/v1/auth/register",
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}"));
        assertEquals(201, r.statusCode(), r.body());
        return name;
    }

    /** Signs in through the form, as a browser does, and returns the session cookie's value. */
    private static String signIn(AppNode node, String user, String password) {
        HttpResponse<String> r = signInForm(node, user, password);
        assertEquals(302, r.statusCode(), r.body());
        String session = cookie(r, SESSION);
        assertNotNull(session, "a session cookie");
        return session;
    }

    private static HttpResponse<String> signInForm(AppNode node, String user, String password) {
        HttpResponse<String> form = send(get(node, "/login"));
        String visitor = cookie(form, "tarikh-csrf");
        return send(postForm(node, "/j_security_check", "j_username", user, "j_password", password,
                "csrf-token", NodeHttp.csrfToken(form)).header("Cookie", NodeHttp.cookies(Map.of("tarikh-csrf", visitor))));
    }

    private static int me(AppNode node, String session) {
        return send(get(node, "/api/v1/me").header("Cookie", SESSION + "=" + session)).statusCode();
    }

    private static JsonNode readiness(AppNode node) throws Exception {
        HttpResponse<String> r = send(get(node, "/q/health/ready"));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.path("checks")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
