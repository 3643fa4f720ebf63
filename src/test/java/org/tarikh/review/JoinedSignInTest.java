package org.tarikh.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/**
 * The next card and a review sign their caller in within their own statement (signin/JoinedSignIn): the stored
 * session or token decides each request, as it does for the ordinary sign-in. Changes made straight in the
 * database stand for another node's sign-out, revocation or settings: nothing in this node's memory may outlive them.
 */
@QuarkusTest
class JoinedSignInTest {

    private static final String BANK = "najibullah-dates";

    @Inject
    DataSource db;

    @Test
    void aSessionEndedElsewhereIsRefusedAtOnce() throws SQLException {
        String learner = TestUsers.learner("endedsession");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        long card = nextCard(cookie(browser));
        nextCard(cookie(browser)); // now served with the sign-in in the card's statement
        review(cookie(browser).header("X-CSRF-Token", browser.token()), card).then().statusCode(200);

        update("DELETE FROM user_session WHERE user_id = (SELECT id FROM app_user WHERE username = ?)", learner);

        cookie(browser).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(cookie(browser).header("X-CSRF-Token", browser.token()), card).then().statusCode(401);
        assertEquals(1, history(learner, card));
    }

    @Test
    void signingOutEndsTheRoutesAtOnce() {
        String learner = TestUsers.learner("signout");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String secret = browser.sessionCookie();
        String csrf = browser.token();
        long card = nextCard(cookie(browser));
        nextCard(cookie(browser));

        browser.post("/logout").then().statusCode(303);

        given().cookie(PageSession.SESSION_COOKIE, secret).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(given().cookie(PageSession.SESSION_COOKIE, secret).header("X-CSRF-Token", csrf), card).then().statusCode(401);
        assertEquals(0, history(learner, card));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        String learner = TestUsers.learner("revoked");
        deck(learner);
        Map<String, Object> created = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "script"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().as(Map.class);
        String token = (String) created.get("token");
        long card = nextCard(given().auth().oauth2(token));
        nextCard(given().auth().oauth2(token));
        review(given().auth().oauth2(token), card).then().statusCode(200);

        TestUsers.as(learner).delete("/api/v1/me/tokens/" + created.get("id")).then().statusCode(204);

        given().auth().oauth2(token).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(given().auth().oauth2(token), card).then().statusCode(401);
        assertEquals(1, history(learner, card));
    }

    @Test
    void settingsChangedElsewhereApplyToTheNextCard() throws SQLException {
        String learner = TestUsers.learner("settings");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        nextCard(cookie(browser));
        int newToday = cookie(browser).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200)
                .extract().path("counts.newCards");
        assertTrue(newToday > 2, "the deck starts with more than two new cards today: " + newToday);

        update("UPDATE app_user SET new_cards_per_day = 2 WHERE username = ?", learner);
        cookie(browser).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200).body("counts.newCards", equalTo(2));

        // Far from UTC: whatever the hour, the day's counts are those of the new zone's study day, and still two.
        update("UPDATE app_user SET time_zone = 'Pacific/Kiritimati' WHERE username = ?", learner);
        cookie(browser).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200).body("counts.newCards", equalTo(2));
        cookie(browser).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200).body("counts.newCards", equalTo(2));
    }

    @Test
    void aSessionOrTokenUnusedForAWhileHasItsLastUseWritten() throws SQLException {
        String learner = TestUsers.learner("lastuse");
        deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String token = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "script"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
        long card = nextCard(cookie(browser));
        nextCard(given().auth().oauth2(token));
        nextCard(given().auth().oauth2(token));

        String user = "(SELECT id FROM app_user WHERE username = ?)";
        update("UPDATE user_session SET last_seen_at = now() - interval '2 hours' WHERE user_id = " + user, learner);
        update("UPDATE api_token SET last_used_at = now() - interval '2 hours' WHERE user_id = " + user, learner);
        review(cookie(browser).header("X-CSRF-Token", browser.token()), card).then().statusCode(200);
        nextCard(given().auth().oauth2(token));

        Instant recently = Instant.now().minus(Duration.ofMinutes(5));
        assertTrue(instant("SELECT last_seen_at FROM user_session WHERE user_id = " + user, learner).isAfter(recently));
        assertTrue(instant("SELECT last_used_at FROM api_token WHERE user_id = " + user, learner).isAfter(recently));
    }

    private static RequestSpecification cookie(PageSession browser) {
        return given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie());
    }

    private static long nextCard(RequestSpecification caller) {
        return caller.get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(200).extract().jsonPath().getLong("cardId");
    }

    private static io.restassured.response.Response review(RequestSpecification caller, long card) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", 3, "reviewId", UUID.randomUUID().toString()))
                .post(ReviewRoutes.REVIEW);
    }

    private static void deck(String learner) {
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", BANK)).post("/api/v1/decks")
                .then().statusCode(200);
    }

    private static int history(String learner, long card) {
        return TestUsers.as(learner).get("/api/v1/reviews/card/" + card).then().statusCode(200)
                .extract().jsonPath().getList("history").size();
    }

    private void update(String sql, String username) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            assertTrue(s.executeUpdate() > 0, sql);
        }
    }

    private Instant instant(String sql, String username) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getTimestamp(1).toInstant();
            }
        }
    }
}
