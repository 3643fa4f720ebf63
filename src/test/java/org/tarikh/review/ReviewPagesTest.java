package org.tarikh.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** The review page over HTTP, as a browser without JavaScript uses it: start, show the answer, rate, undo. */
@QuarkusTest
class ReviewPagesTest {

    private static final Pattern REVEAL = Pattern.compile("reveal=(\\d+)");
    private static final Pattern CARD_LINE = Pattern.compile("<p class=\"muted card-meta\">(.*?)</p>");

    @Test
    void aLearnerStartsABankShowsTheAnswerRatesAndUndoes() {
        String learner = TestUsers.learner("review-page");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.post("/review/start", "bank", "najibullah-dates").then().statusCode(303)
                .header("Location", endsWith("/review?bank=najibullah-dates"));

        long first = shownCard(page);
        page.get("/review?bank=najibullah-dates&reveal=" + first).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("name=\"cardId\" value=\"" + first + "\""))
                .body(containsString("Again")).body(containsString("Easy"));

        page.post("/review/rate", "bank", "najibullah-dates", "cardId", String.valueOf(first), "rating", "3",
                "reviewId", UUID.randomUUID().toString()).then().statusCode(303)
                .header("Location", endsWith("/review?bank=najibullah-dates"));
        assertNotEquals(first, shownCard(page), "a card rated Good waits for its learning step");

        page.post("/review/undo", "bank", "najibullah-dates").then().statusCode(303)
                .header("Location", containsString("flash=undone"));
        assertEquals(first, shownCard(page), "after the undo the same card is back");
    }

    @Test
    void theCardLineSaysANewCardIsNew() {
        String learner = TestUsers.learner("review-new");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.post("/review/start", "bank", "najibullah-dates").then().statusCode(303);
        assertEquals("new", ReviewApiTest.next(learner, "najibullah-dates").getString("state"));
        assertEquals("New card", cardLine(page, "najibullah-dates"));
    }

    /**
     * A quiz miss makes a card due now whatever its state, so one question missed again and again (each time in a
     * practice quiz of what the last one missed) shows the card line for each state the ratings move it to.
     */
    @Test
    void theCardLineNamesEachStateOfACardBroughtBackByAQuizMiss() {
        String bank = "najibullah-policies";
        String learner = TestUsers.learner("review-states");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", bank, "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().path("attemptId");
        boolean first = true;
        for (KnownAnswers.Delivered q : KnownAnswers.of(attempt).values()) {
            answer(learner, attempt, q, first ? KnownAnswers.wrong(q) : KnownAnswers.right(q));
            first = false;
        }
        long card = ReviewApiTest.next(learner, bank).getLong("cardId");
        assertEquals("Missed in a quiz", cardLine(page, bank));

        String[][] steps = {{"1", "learning", "Learning"}, {"4", "review", "Review"}, {"1", "relearning", "Relearning"}};
        for (String[] step : steps) {
            ReviewApiTest.review(learner, card, Integer.parseInt(step[0]), UUID.randomUUID().toString())
                    .then().statusCode(200).body("state", equalTo(step[1]));
            attempt = missAgain(page, learner, attempt);
            assertEquals(card, ReviewApiTest.next(learner, bank).getLong("cardId"));
            assertEquals(step[1], ReviewApiTest.next(learner, bank).getString("state"), "the API keeps the code");
            assertEquals(step[2], cardLine(page, bank));
        }
    }

    @Test
    void aRatingOutOfRangeIsABadRequestThatSaysWhy() {
        String learner = TestUsers.learner("review-page");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.post("/review/start", "bank", "najibullah-dates").then().statusCode(303);
        long card = shownCard(page);
        String body = page.post("/review/rate", "bank", "najibullah-dates", "cardId", String.valueOf(card),
                "rating", "9", "reviewId", UUID.randomUUID().toString()).then().statusCode(400).extract().asString();
        assertTrue(body.contains("The rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."), body);
    }

    private static long shownCard(PageSession page) {
        String html = page.get("/review?bank=najibullah-dates").then().statusCode(200).extract().asString();
        Matcher m = REVEAL.matcher(html);
        assertTrue(m.find(), "the page offers to show a card's answer");
        return Long.parseLong(m.group(1));
    }

    /** The line above the card's front: its state, or that a quiz miss brought it. */
    private static String cardLine(PageSession page, String bank) {
        String html = page.get("/review?bank=" + bank).then().statusCode(200).extract().asString();
        Matcher m = CARD_LINE.matcher(html);
        assertTrue(m.find(), "the page shows a card");
        return m.group(1);
    }

    /** Finishes the attempt, retries what it missed (the one question) and misses it again; returns the retry. */
    private static String missAgain(PageSession page, String learner, String attempt) {
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
        String location = page.post("/quizzes/" + attempt + "/retry").then().statusCode(303).extract().header("Location");
        String retry = location.substring(location.lastIndexOf('/') + 1);
        Map<String, KnownAnswers.Delivered> questions = KnownAnswers.of(retry);
        assertEquals(1, questions.size(), "only the missed question comes back");
        KnownAnswers.Delivered q = questions.values().iterator().next();
        answer(learner, retry, q, KnownAnswers.wrong(q));
        return retry;
    }

    private static void answer(String learner, String attempt, KnownAnswers.Delivered q, Map<String, Object> response) {
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("questionId", q.id(), "response", response))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200);
    }
}
