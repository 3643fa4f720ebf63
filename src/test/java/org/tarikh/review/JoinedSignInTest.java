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
        ReviewRoutesTest.deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        long card = nextCard(cookie(browser));
        nextCard(cookie(browser)); // now served with the sign-in in the card's statement
        review(cookie(browser).header("X-CSRF-Token", browser.token()), card).then().statusCode(200);

        update("DELETE FROM user_session WHERE user_id = (SELECT id FROM app_user WHERE username = ?)", learner);

        cookie(browser).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(cookie(browser).header("X-CSRF-Token", browser.token()), card).then().statusCode(401);
        assertEquals(1, ReviewRoutesTest.history(learner, card));
    }

    @Test
    void signingOutEndsTheRoutesAtOnce() {
        String learner = TestUsers.learner("signout");
        ReviewRoutesTest.deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String secret = browser.sessionCookie();
        String csrf = browser.token();
        long card = nextCard(cookie(browser));
        nextCard(cookie(browser));

        browser.post("/logout").then().statusCode(303);

        given().cookie(PageSession.SESSION_COOKIE, secret).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(given().cookie(PageSession.SESSION_COOKIE, secret).header("X-CSRF-Token", csrf), card).then().statusCode(401);
        assertEquals(0, ReviewRoutesTest.history(learner, card));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        String learner = TestUsers.learner("revoked");
        ReviewRoutesTest.deck(learner);
        Map<String, Object> created = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "script"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().as(Map.class);
        String token = (String) created.get("token");
        long card = nextCard(given().auth().oauth2(token));
        nextCard(given().auth().oauth2(token));
        review(given().auth().oauth2(token), card).then().statusCode(200);

        TestUsers.as(learner).delete("/api/v1/me/tokens/" + created.get("id")).then().statusCode(204);

        given().auth().oauth2(token).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(given().auth().oauth2(token), card).then().statusCode(401);
        assertEquals(1, ReviewRoutesTest.history(learner, card));
    }

    @Test
    void settingsChangedElsewhereApplyToTheNextCard() throws SQLException {
        String learner = TestUsers.learner("settings");
        ReviewRoutesTest.deck(learner);
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
        ReviewRoutesTest.deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String token = ReviewRoutesTest.token(learner);
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

    @Test
    void aCardChangedElsewhereIsReviewedFromItsStoredState() throws SQLException {
        String learner = TestUsers.learner("changedcard");
        ReviewRoutesTest.deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        long card = nextCard(cookie(browser)); // this node now knows the card as it showed it
        update("UPDATE card SET state = 'review', stability = 42.5, difficulty = 6, reps = 4, due = now(), "
                + "last_review = now() - interval '40 days' WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
                learner);

        String reviewId = UUID.randomUUID().toString();
        cookie(browser).header("X-CSRF-Token", browser.token()).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", 3, "reviewId", reviewId)).post(ReviewRoutes.REVIEW)
                .then().statusCode(200).body("state", equalTo("review"));
        assertEquals("42.5 review", text("SELECT (card_before ->> 'stability') || ' ' || state_before FROM review_log "
                + "WHERE review_id = ?::uuid", reviewId));
    }

    @Test
    void undoAfterAReviewWrittenStraightAwayRestoresTheCardExactly() throws SQLException {
        String learner = TestUsers.learner("undoknown");
        ReviewRoutesTest.deck(learner);
        String token = ReviewRoutesTest.token(learner);
        long card = nextCard(given().auth().oauth2(token));
        review(given().auth().oauth2(token), card).then().statusCode(200); // the card is now known as written
        String before = cardRow(card);
        review(given().auth().oauth2(token), card).then().statusCode(200);
        assertTrue(!before.equals(cardRow(card)), "the second review changed the card");

        given().auth().oauth2(token).post("/api/v1/reviews/undo").then().statusCode(200);
        assertEquals(before, cardRow(card));
        review(given().auth().oauth2(token), card).then().statusCode(200); // the undo changed the row: read again
        assertEquals(2, ReviewRoutesTest.history(learner, card));
    }

    @Test
    void aRetentionChangedElsewhereSchedulesTheNextReview() throws SQLException {
        String learner = TestUsers.learner("retention");
        ReviewRoutesTest.deck(learner);
        String token = ReviewRoutesTest.token(learner);
        update("UPDATE card SET state = 'review', stability = 20, difficulty = 5, reps = 4, due = now(), "
                + "last_review = now() - interval '20 days' WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
                learner);
        long first = nextCard(given().auth().oauth2(token));
        int atDefault = review(given().auth().oauth2(token), first).then().statusCode(200).extract().path("intervalDays");
        long second = nextCard(given().auth().oauth2(token)); // known to this node, with the account as it was

        update("UPDATE app_user SET desired_retention = 0.7 WHERE username = ?", learner);
        int atLow = review(given().auth().oauth2(token), second).then().statusCode(200).extract().path("intervalDays");
        assertTrue(atLow > atDefault * 1.5, "retention 0.7 schedules further out: " + atLow + " days against " + atDefault);
    }

    @Test
    void aPasswordChangedElsewhereEndsBasicAtOnce() throws SQLException {
        String learner = TestUsers.learner("basicchanged");
        ReviewRoutesTest.deck(learner);
        long card = nextCard(basic(learner));
        nextCard(basic(learner)); // the password is verified: now signed in by the card's statement
        review(basic(learner), card).then().statusCode(200);
        review(basic(learner), card).then().statusCode(200);

        // Another account's hash (of another password) stands for a password changed on another node.
        update("UPDATE app_user SET password_hash = '$2a$10$' || repeat('x', 53) WHERE username = ?", learner);

        basic(learner).get(ReviewRoutes.NEXT + "?bank=" + BANK).then().statusCode(401);
        review(basic(learner), card).then().statusCode(401);
        assertEquals("2", text("SELECT count(*) FROM review_log WHERE card_id = ?::bigint", String.valueOf(card)));
    }

    @Test
    void basicIsThrottledAsAnyPasswordSignInOnceFailuresAreCounted() throws SQLException {
        String learner = TestUsers.learner("basicthrottle");
        ReviewRoutesTest.deck(learner);
        String address = "203.0.113.17"; // an address of this test's own (the test profile trusts X-Forwarded-For)
        long card = nextCard(basic(learner).header("X-Forwarded-For", address));
        nextCard(basic(learner).header("X-Forwarded-For", address));
        review(basic(learner).header("X-Forwarded-For", address), card).then().statusCode(200);

        // Someone guessing this name: one failure still lets the right password in (checked as usual) ...
        guess(learner, "not-the-password", address).then().statusCode(401);
        nextCard(basic(learner).header("X-Forwarded-For", address));
        review(basic(learner).header("X-Forwarded-For", address), card).then().statusCode(200);
        // ... and once the name has used up its failures, even the right one waits, as with the sign-in form.
        for (int i = 0; i < 12; i++) {
            guess(learner, "guess-" + i, address);
        }
        basic(learner).header("X-Forwarded-For", address).get(ReviewRoutes.NEXT + "?bank=" + BANK)
                .then().statusCode(429);
        review(basic(learner).header("X-Forwarded-For", address), card).then().statusCode(429);
        assertEquals("2", text("SELECT count(*) FROM review_log WHERE card_id = ?::bigint", String.valueOf(card)));
    }

    private static io.restassured.response.Response guess(String learner, String password, String address) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(learner, password)
                .get(ReviewRoutes.NEXT + "?bank=" + BANK);
    }

    private static RequestSpecification basic(String learner) {
        return given().auth().preemptive().basic(learner, TestUsers.PASSWORD);
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



    private void update(String sql, String username) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            assertTrue(s.executeUpdate() > 0, sql);
        }
    }

    private String cardRow(long card) throws SQLException {
        return text("SELECT concat_ws(' ', state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, "
                + "last_review, requeued) FROM card WHERE id = ?::bigint", String.valueOf(card));
    }

    private String text(String sql, String value) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
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
