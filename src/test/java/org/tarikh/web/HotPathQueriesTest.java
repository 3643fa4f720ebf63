package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.SqlStatements;
import org.tarikh.support.TestUsers;

/**
 * The hot requests held to their number of SQL statements (round trips), counted at the JDBC driver: a change
 * that adds a query per request (a user read twice, a whole table loaded, a lazy load in a loop) fails here.
 * Each budget is what the request needs today; raise one only with a reason. Next card (cookie or token): one
 * statement that signs the caller in and reads the card and the day's counts (the front is cached per question
 * version). A review (cookie or token) of a card this node has just shown or written: one statement that signs the
 * caller in and writes the card row and the log row (no BEGIN or COMMIT); of another card, the card read with the
 * sign-in first. HTTP Basic does the same once this node has verified the password (its first request pays the
 * throttling check, the account and bcrypt). Pages sign in with a statement of their own.
 */
@QuarkusTest
class HotPathQueriesTest {

    private static final String BANK = "najibullah-dates";
    private static final Map<String, Long> SEEN = new LinkedHashMap<>();

    @Test
    void theReviewPathStaysWithinItsQueries() {
        String learner = TestUsers.learner("hotpath");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", BANK)).post("/api/v1/decks")
                .then().statusCode(200);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String token = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "bench"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");

        check("next card, cookie", 1, () -> given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .get("/api/v1/reviews/next?bank=" + BANK).then().statusCode(200));
        check("next card, token", 1, () -> given().auth().oauth2(token)
                .get("/api/v1/reviews/next?bank=" + BANK).then().statusCode(200));
        check("next card, basic", 1, () -> given().auth().preemptive().basic(learner, TestUsers.PASSWORD)
                .get("/api/v1/reviews/next?bank=" + BANK).then().statusCode(200));
        check("review page, cookie", 2, () -> given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .get("/review?bank=" + BANK).then().statusCode(200));

        JsonPath next = given().auth().oauth2(token).get("/api/v1/reviews/next?bank=" + BANK).jsonPath();
        long card = next.getLong("cardId");
        check("review, cookie", 1, () -> given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .header("X-CSRF-Token", browser.token()).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", 3, "reviewId", UUID.randomUUID().toString()))
                .post("/api/v1/reviews").then().statusCode(200));
        check("review, token", 1, () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", 3, "reviewId", UUID.randomUUID().toString()))
                .post("/api/v1/reviews").then().statusCode(200));
        check("review, basic", 1, () -> given().auth().preemptive().basic(learner, TestUsers.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", 3, "reviewId", UUID.randomUUID().toString()))
                .post("/api/v1/reviews").then().statusCode(200));
        System.out.println("SQL statements per request: " + SEEN);
    }

    @Test
    void theQuizPathStaysWithinItsQueries() {
        String learner = TestUsers.learner("hotquiz");
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", BANK, "count", 10, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        var delivered = new java.util.ArrayList<>(org.tarikh.support.KnownAnswers.of(attempt).values());
        java.util.Iterator<org.tarikh.support.KnownAnswers.Delivered> next = delivered.iterator();

        // The study home: sign-in, the learner's assignments, and ONE grouped statement for every bank's counts
        // (with the unfinished quiz and the display name in the same statement).
        check("home page, cookie", 3, () -> given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .get("/").then().statusCode(200));
        // The quiz page: sign-in, then one statement for the attempt, the exam check, the question list's light
        // columns and the shown item with its question (not every item with every question's content).
        check("quiz page, cookie", 2, () -> given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie())
                .get("/quizzes/" + attempt).then().statusCode(200));
        // A quiz answer: sign-in, the attempt with the item and its question, the answer written; a miss in
        // practice requeues the card in the same statement as the answer (QuizAnswers).
        check("quiz answer, cookie", 3, () -> answerOverApi(browser, attempt, next.next(), true));
        check("quiz answer missed, cookie", 3, () -> answerOverApi(browser, attempt, next.next(), false));
        // The same through the quiz page's form, as htmx posts it: sign-in, the attempt with the question the form
        // is about (its type says how to read the form; the answer goes on from that read), the answer written, and
        // the page's fragment read back.
        check("quiz answer, page form (htmx)", 4, () -> {
            org.tarikh.support.KnownAnswers.Delivered d = next.next();
            given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie()).header("HX-Request", "true")
                    .contentType(ContentType.URLENC).formParam("csrf-token", browser.token()).formParams(formFields(d))
                    .post("/quizzes/" + attempt + "/answer").then().statusCode(200);
        });
        System.out.println("SQL statements per request: " + SEEN);
    }

    /** Answers a delivered question over the JSON API, rightly or not, and checks the feedback says so. */
    private static void answerOverApi(PageSession browser, String attempt, org.tarikh.support.KnownAnswers.Delivered d,
                                      boolean right) {
        Map<String, Object> response = right ? org.tarikh.support.KnownAnswers.right(d) : org.tarikh.support.KnownAnswers.wrong(d);
        given().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie()).header("X-CSRF-Token", browser.token())
                .contentType(ContentType.JSON).body(Map.of("questionId", d.id(), "response", response))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200).body("correct", equalTo(right));
    }

    /** The right answer as the quiz page's form sends it. */
    private static Map<String, Object> formFields(org.tarikh.support.KnownAnswers.Delivered d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("questionId", d.id());
        org.tarikh.support.KnownAnswers.right(d).forEach((name, value) -> {
            switch (name) {
                case "blanks" -> fields.put("blank", value);
                case "pairs" -> ((Map<?, ?>) value).forEach((left, right) -> fields.put("pair." + left, right));
                default -> fields.put(name, value instanceof Collection<?> ? value : String.valueOf(value));
            }
        });
        return fields;
    }

    private static void check(String what, long budget, Runnable request) {
        long statements = SqlStatements.during(3, () -> {
            request.run();
            return null;
        });
        SEEN.put(what, statements);
        assertTrue(statements <= budget, what + ": " + statements + " SQL statements, budget " + budget);
    }
}
