package org.tarikh.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.SqlStatements;
import org.tarikh.support.TestBanks;
import org.tarikh.support.TestUsers;

/**
 * ReviewRoutes serves the next card and a review ahead of the REST layer; every case it does not serve must still
 * get the REST layer's answer, and nothing a refused request sent may be stored.
 */
@QuarkusTest
class ReviewRoutesTest {

    private static final String BANK = "najibullah-dates";

    @TestHTTPResource("/api/v1/reviews")
    URL reviews;

    @Inject
    RouterSeen routerSeen;

    @Inject
    QuestionFronts fronts;

    @Inject
    javax.sql.DataSource db;

    @Inject
    ReviewLane lane;

    /** The app's router, as the routes saw it installed. */
    @Singleton
    static class RouterSeen {
        volatile Router router;

        void seen(@Observes Router router) {
            this.router = router;
        }
    }

    @Test
    void bothCallsAreRoutedAheadOfTheRestLayer() {
        List<Route> routes = routerSeen.router.getRoutes(); // in the order the router tries them
        int restLayer = indexOf(routes, route -> route.toString().contains("org.jboss.resteasy.reactive.server.vertx"));
        for (String path : List.of(ReviewRoutes.NEXT, ReviewRoutes.REVIEW)) {
            int own = indexOf(routes, route -> path.equals(route.getPath())
                    && route.toString().contains(ReviewRoutes.class.getName()));
            assertTrue(own >= 0 && own < restLayer, path + " is served ahead of the REST layer");
        }
    }

    private static int indexOf(List<Route> routes, Predicate<Route> which) {
        for (int i = 0; i < routes.size(); i++) {
            if (which.test(routes.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theServedCallsAnswerForEachWayOfSigningIn() {
        String learner = TestUsers.learner("routes");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String token = token(learner);

        ValidatableResponse next = given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .body("bank", equalTo(BANK)).body("state", equalTo("new")).body("intervals.good", equalTo("10m"));
        long card = next.extract().jsonPath().getLong("cardId");
        given().auth().oauth2(token).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200)
                .body("cardId", equalTo((int) card));

        String viaCookie = UUID.randomUUID().toString();
        given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie()).header("X-CSRF-Token", browser.token())
                .contentType(ContentType.JSON).body(review(card, 3, viaCookie)).post(ReviewRoutes.REVIEW)
                .then().statusCode(200).contentType(startsWith("application/json")).header("Cache-Control", "no-store")
                .body("cardId", equalTo((int) card)).body("reviewId", equalTo(viaCookie)).body("state", equalTo("learning"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(review(card, 3, UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW).then().statusCode(200).body("cardId", equalTo((int) card));
        TestUsers.as(learner).contentType(ContentType.JSON).body(review(card, 4, UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW).then().statusCode(200).body("cardId", equalTo((int) card));
        assertEquals(3, history(learner, card));
    }

    @Test
    void everyRefusedReviewGetsTheRestLayersErrorAndStoresNothing() {
        String learner = TestUsers.learner("refused");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        long card = given().auth().preemptive().basic(learner, TestUsers.PASSWORD)
                .get(ReviewRoutes.NEXT + "?bank=" + BANK).jsonPath().getLong("cardId");
        String other = TestUsers.learner("other");
        deck(other);
        long othersCard = TestUsers.as(other).get(ReviewRoutes.NEXT + "?bank=" + BANK).jsonPath().getLong("cardId");

        cookie(browser, null).body(review(card, 3, UUID.randomUUID().toString())).post(ReviewRoutes.REVIEW)
                .then().statusCode(403).body("error", equalTo("csrf"));
        cookie(browser, "not-the-token").body(review(card, 3, UUID.randomUUID().toString())).post(ReviewRoutes.REVIEW)
                .then().statusCode(403).body("error", equalTo("csrf"));
        cookie(browser, browser.token()).body("{\"cardId\": " + card + ", \"rating\": ").post(ReviewRoutes.REVIEW)
                .then().statusCode(400).body("error", equalTo("malformed-json"));
        cookie(browser, browser.token()).body("{\"cardId\": " + card + ", \"rating\": 3, \"reviewId\": \"a\\u0000b\"}")
                .post(ReviewRoutes.REVIEW).then().statusCode(400).body("details[0].field", equalTo("reviewId"));
        cookie(browser, browser.token()).body(review(card, 3, "not-a-uuid")).post(ReviewRoutes.REVIEW)
                .then().statusCode(400).body("details[0].field", equalTo("reviewId"));
        cookie(browser, browser.token()).body(Map.of("rating", 3, "reviewId", UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW).then().statusCode(400).body("details[0].field", equalTo("cardId"));
        cookie(browser, browser.token()).body(review(card, 7, UUID.randomUUID().toString())).post(ReviewRoutes.REVIEW)
                .then().statusCode(400).body("details[0].field", equalTo("rating"));
        cookie(browser, browser.token()).body(review(othersCard, 3, UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW).then().statusCode(404);
        given().contentType(ContentType.JSON).body(review(card, 3, UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW).then().statusCode(401);
        given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie()).header("X-CSRF-Token", browser.token())
                .contentType(ContentType.URLENC).formParam("cardId", card).post(ReviewRoutes.REVIEW).then().statusCode(415);

        assertEquals(0, history(learner, card));
        assertEquals(0, history(other, othersCard));
    }

    @Test
    void bodiesTheRoutesDoNotReadStillReachTheRestLayer() throws Exception {
        String learner = TestUsers.learner("bodies");
        deck(learner);
        String token = token(learner);
        long card = given().auth().oauth2(token).get(ReviewRoutes.NEXT + "?bank=" + BANK).jsonPath().getLong("cardId");
        HttpClient http = HttpClient.newHttpClient();

        // No Content-Length: sent in chunks.
        byte[] chunked = review(card, 3, UUID.randomUUID());
        HttpResponse<String> first = http.send(post(token).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(chunked))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());
        // Larger than the routes read: a long field the review does not know.
        String padded = new String(review(card, 3, UUID.randomUUID()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"note\": \"" + "x".repeat(6000) + "\", ");
        HttpResponse<String> second = http.send(post(token).POST(HttpRequest.BodyPublishers.ofString(padded)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, second.statusCode(), second.body());
        assertTrue(second.body().contains("\"cardId\":" + card), second.body());
        assertEquals(2, history(learner, card));
    }

    /**
     * The reviews signed in by their own statement run on a few threads of their own; more at once than it has
     * threads, some of them handed back to the ordinary sign-in and the REST layer (a session's review without its
     * CSRF token), must each get their own answer, and every review that was accepted must be stored once.
     */
    @Test
    void moreReviewsAtOnceThanTheLaneHasThreadsAreEachAnswered() throws Exception {
        String learner = TestUsers.learner("lane");
        deck(learner);
        String token = token(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        List<Long> cards = cardsOf(learner);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        int atOnce = 4 * lane.size();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < atOnce; i++) {
            byte[] body = review(cards.get(i % cards.size()), 3, UUID.randomUUID());
            HttpRequest.Builder request = i % 4 == 3
                    ? HttpRequest.newBuilder(URI.create(reviews.toString())).header("Content-Type", "application/json")
                            .header("Cookie", PageSession.SESSION_COOKIE + "=" + browser.sessionCookie())
                    : post(token);
            sent.add(http.sendAsync(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        int accepted = 0;
        for (CompletableFuture<HttpResponse<String>> each : sent) {
            HttpResponse<String> response = each.get(60, TimeUnit.SECONDS);
            if (response.statusCode() == 200) {
                accepted++;
            } else {
                assertEquals(403, response.statusCode(), response.body());
                assertTrue(response.body().contains("\"csrf\""), response.body());
            }
        }
        assertEquals(atOnce - atOnce / 4, accepted);
        int stored = 0;
        for (long card : cards) {
            stored += history(learner, card);
        }
        assertEquals(accepted, stored);
    }

    private List<Long> cardsOf(String learner) {
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "SELECT c.id FROM card c JOIN app_user u ON u.id = c.user_id WHERE u.username = ? ORDER BY c.id")) {
            s.setString(1, learner);
            List<Long> ids = new ArrayList<>();
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            assertTrue(ids.size() > 1, "the deck has cards");
            return ids;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void overHttp2TheRestLayerServesReviewsAndTheirErrors() throws Exception {
        String learner = TestUsers.learner("http2");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        long card = TestUsers.as(learner).get(ReviewRoutes.NEXT + "?bank=" + BANK).jsonPath().getLong("cardId");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI next = URI.create(reviews.toString() + "/next?bank=" + BANK);
        HttpResponse<String> upgraded = http.send(HttpRequest.newBuilder(next)
                .header("Cookie", PageSession.SESSION_COOKIE + "=" + browser.sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofString()); // h2c: the connection is HTTP/2 from here on
        assertEquals(200, upgraded.statusCode(), upgraded.body());

        String reviewId = UUID.randomUUID().toString();
        String[][] cases = {
            {"{\"cardId\": " + card + ", \"rating\": ", browser.token(), "400"},
            {"{\"cardId\": " + card + ", \"rating\": 3, \"reviewId\": \"" + reviewId + "\"}", null, "403"},
            {"{\"cardId\": " + card + ", \"rating\": 3, \"reviewId\": \"" + reviewId + "\"}", browser.token(), "200"},
        };
        for (String[] c : cases) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(reviews.toString()))
                    .header("Cookie", PageSession.SESSION_COOKIE + "=" + browser.sessionCookie())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(c[0]));
            if (c[1] != null) {
                request.header("X-CSRF-Token", c[1]);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, response.version());
            assertEquals(Integer.parseInt(c[2]), response.statusCode(), c[0] + " -> " + response.body());
            assertTrue(response.body().startsWith("{"), response.body());
        }
        assertEquals(1, history(learner, card));
    }

    /**
     * The served next card runs its statement on the event loop, where the question's front cannot be loaded (that
     * takes Hibernate): a card whose front this node has not built yet is finished on a worker thread.
     */
    @Test
    void aNextCardWhoseFrontIsNotKnownYetIsStillServed() {
        String slug = TestBanks.load("""
                bank: fronts-%d
                title: "Two fronts"
                description: "Two questions no other test has shown."
                language: en
                questions:
                  - id: first
                    type: truefalse
                    prompt: "Najibullah studied medicine in Kabul."
                    answer: true
                    topic: people
                    source: { section: "Early life and career" }
                    explanation: "He completed a medical degree at Kabul University in 1975."
                  - id: second
                    type: truefalse
                    prompt: "The Soviet withdrawal was complete by 1989."
                    answer: true
                    topic: events
                    source: { section: "Soviet withdrawal" }
                    explanation: "The last troops left in February 1989."
                """.formatted(System.nanoTime()));
        String learner = TestUsers.learner("fronts");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", slug)).post("/api/v1/decks")
                .then().statusCode(200);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        // the first call goes through the REST layer, which makes the node remember this session
        long first = given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .get(ReviewRoutes.NEXT + "?bank=" + slug).then().statusCode(200).extract().jsonPath().getLong("cardId");
        given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie()).header("X-CSRF-Token", browser.token())
                .contentType(ContentType.JSON).body(review(first, 4, UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW).then().statusCode(200);
        long secondRow = questionRow(slug, "second");
        long firstRow = questionRow(slug, "first");
        assertTrue(fronts.known(firstRow) != fronts.known(secondRow), "one front shown, the other not yet");
        long unseenRow = fronts.known(firstRow) ? secondRow : firstRow;

        long statements = SqlStatements.during(1, () -> given().cookie(PageSession.SESSION_COOKIE,
                browser.sessionCookie()).get(ReviewRoutes.NEXT + "?bank=" + slug).then().statusCode(200)
                .body("questionId", equalTo(String.valueOf(unseenRow))).body("front", startsWith("True or false? ")));
        assertTrue(fronts.known(unseenRow));
        // served here, not by the REST layer after a refusal: the card's statement, then the question's row
        assertEquals(2, statements);
    }

    private long questionRow(String slug, String key) {
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT q.id FROM question q JOIN bank b ON b.id = "
                + "q.bank_id WHERE b.slug = ? AND q.question_key = ? AND q.is_current")) {
            s.setString(1, slug);
            s.setString(2, key);
            try (var r = s.executeQuery()) {
                assertTrue(r.next(), key);
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusedNextCardsGetTheRestLayersError() {
        String learner = TestUsers.learner("nextrefused");
        deck(learner);
        TestUsers.as(learner).get(ReviewRoutes.NEXT + "?bank=no-such-bank").then().statusCode(404)
                .body("error", equalTo("not-found"));
        TestUsers.as(learner).urlEncodingEnabled(false).get(ReviewRoutes.NEXT + "?bank=a%00b").then().statusCode(400)
                .body("details[0].field", equalTo("bank"));
        given().get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        given().cookie(PageSession.SESSION_COOKIE, "no-such-session").get(ReviewRoutes.NEXT + "?bank=" + BANK)
                .then().statusCode(401);
    }

    private HttpRequest.Builder post(String token) {
        return HttpRequest.newBuilder(URI.create(reviews.toString())).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static io.restassured.specification.RequestSpecification cookie(PageSession browser, String csrf) {
        var request = given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie()).contentType(ContentType.JSON);
        return csrf == null ? request : request.header("X-CSRF-Token", csrf);
    }

    private static Map<String, Object> review(long card, int rating, String reviewId) {
        return Map.of("cardId", card, "rating", rating, "reviewId", reviewId, "durationMs", 4000);
    }

    private static byte[] review(long card, int rating, UUID reviewId) {
        return ("{\"cardId\": " + card + ", \"rating\": " + rating + ", \"reviewId\": \"" + reviewId + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static void deck(String learner) {
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", BANK)).post("/api/v1/decks")
                .then().statusCode(200);
    }

    static String token(String learner) {
        return TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "script"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
    }

    static int history(String learner, long card) {
        return TestUsers.as(learner).get("/api/v1/reviews/card/" + card).then().statusCode(200)
                .extract().jsonPath().getList("history").size();
    }
}
