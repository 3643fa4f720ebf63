package org.tarikh.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ReviewApiTest {

    @Test
    void addingABankCreatesOneNewCardPerQuestionOnce() {
        String learner = TestUsers.learner("deck");
        long live = QuarkusTransaction.requiringNew().call(() ->
                (long) Question.listLive(Bank.findBySlug("najibullah-offices").orElseThrow()).size());
        deck(learner, "najibullah-offices").then().statusCode(200).body("added", equalTo((int) live));
        deck(learner, "najibullah-offices").then().statusCode(200).body("added", equalTo(0));
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", "nope")).post("/api/v1/decks")
                .then().statusCode(404);
    }

    @Test
    void theNextCardComesWithItsIntervalsAndGoodSchedulesIt() {
        String learner = TestUsers.learner("good");
        deck(learner, "najibullah-dates");
        JsonPath next = next(learner, "najibullah-dates");
        assertEquals("new", next.getString("state"));
        assertEquals("1m", next.getString("intervals.again"));
        assertEquals("10m", next.getString("intervals.good"));
        assertTrue(next.getInt("counts.newCards") > 0);
        Instant before = new org.tarikh.support.TestClock().instant();
        JsonPath result = review(learner, next.getLong("cardId"), 3, UUID.randomUUID().toString()).then().statusCode(200)
                .body("state", equalTo("learning")).body("intervalDays", equalTo(0))
                .body("stability", greaterThan(0f)).body("difficulty", greaterThan(0f))
                .extract().jsonPath();
        Instant due = Instant.parse(result.getString("due"));
        assertTrue(due.isAfter(before.plus(Duration.ofMinutes(9))) && due.isBefore(before.plus(Duration.ofMinutes(11)).plusSeconds(60)),
                "due in 10 minutes, was " + due);
    }

    @Test
    void theSameReviewIdTwiceGivesTheSameAnswerAndOneLogRow() {
        String learner = TestUsers.learner("twice");
        deck(learner, "najibullah-people");
        long card = next(learner, "najibullah-people").getLong("cardId");
        String reviewId = UUID.randomUUID().toString();
        String first = review(learner, card, 3, reviewId).then().statusCode(200).extract().asString();
        String second = review(learner, card, 1, reviewId).then().statusCode(200).extract().asString();
        assertEquals(first, second, "the first result, unchanged");
        assertEquals(1, logRows(card));
        TestUsers.as(learner).get("/api/v1/reviews/card/" + card).then().statusCode(200)
                .body("history.size()", equalTo(1)).body("history[0].reviewId", equalTo(reviewId))
                .body("back.answer", notNullValue()).body("back.explanation", notNullValue());
    }

    @Test
    void fiftyConcurrentRequestsWithOneReviewIdStoreOneReview() throws Exception {
        String learner = TestUsers.learner("race");
        deck(learner, "najibullah-events");
        long card = next(learner, "najibullah-events").getLong("cardId");
        String reviewId = UUID.randomUUID().toString();
        List<String> bodies = concurrently(50, () -> review(learner, card, 3, reviewId).then().statusCode(200)
                .extract().asString());
        assertEquals(1, new HashSet<>(bodies).size(), "every request got the same answer");
        assertEquals(1, logRows(card));
    }

    @Test
    void concurrentReviewsOfOneCardWithDifferentIdsAreAllKept() throws Exception {
        String learner = TestUsers.learner("serial");
        deck(learner, "najibullah-events");
        long card = next(learner, "najibullah-events").getLong("cardId");
        concurrently(8, () -> review(learner, card, 3, UUID.randomUUID().toString()).then().statusCode(200)
                .extract().asString());
        assertEquals(8, logRows(card));
        int reps = QuarkusTransaction.requiringNew().call(() -> Card.<Card>findById(card).reps);
        assertEquals(8, reps, "no review lost");
    }

    @Test
    void undoRestoresTheCardAndRemovesItsLogRow() {
        String learner = TestUsers.learner("undo");
        deck(learner, "najibullah-offices");
        long card = next(learner, "najibullah-offices").getLong("cardId");
        review(learner, card, 4, UUID.randomUUID().toString()).then().statusCode(200).body("state", equalTo("review"));
        TestUsers.as(learner).post("/api/v1/reviews/undo").then().statusCode(200).body("cardId", equalTo((int) card));
        TestUsers.as(learner).get("/api/v1/reviews/card/" + card).then().statusCode(200)
                .body("state", equalTo("new")).body("history.size()", equalTo(0));
        TestUsers.as(learner).post("/api/v1/reviews/undo").then().statusCode(409);
    }

    @Test
    void aQuizMissMakesThatCardDueNow() {
        String learner = TestUsers.learner("miss");
        JsonPath quiz = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-policies", "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().jsonPath();
        String attempt = quiz.getString("attemptId");
        Map.Entry<String, KnownAnswers.Delivered> q = KnownAnswers.of(attempt).entrySet().iterator().next();
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("questionId", q.getValue().id(), "response", KnownAnswers.wrong(q.getValue())))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200).body("correct", equalTo(false));
        JsonPath next = next(learner, "najibullah-policies");
        String prompt = quiz.getString("questions.find { it.id == '" + q.getValue().id() + "' }.prompt");
        assertTrue(next.getString("front").endsWith(prompt), // a true/false front starts with its "True or false?" cue
                "the missed question comes up first: " + next.getString("front"));
        assertTrue(!Instant.parse(next.getString("due")).isAfter(new org.tarikh.support.TestClock().instant().plusSeconds(5)), "due now (on the app's clock)");
    }

    @Test
    void badReviewsAre400AndOtherLearnersCardsAre404() {
        String owner = TestUsers.learner("cardowner");
        String other = TestUsers.learner("cardthief");
        deck(owner, "najibullah-dates");
        long card = next(owner, "najibullah-dates").getLong("cardId");
        review(owner, card, 5, UUID.randomUUID().toString()).then().statusCode(400).body("details.field", org.hamcrest.Matchers.hasItem("rating"));
        review(owner, card, 3, "not-a-uuid").then().statusCode(400).body("details.field", org.hamcrest.Matchers.hasItem("reviewId"));
        review(other, card, 3, UUID.randomUUID().toString()).then().statusCode(404);
        TestUsers.as(other).get("/api/v1/reviews/card/" + card).then().statusCode(404);
        TestUsers.as(other).get("/api/v1/reviews/next").then().statusCode(204);
    }

    static io.restassured.response.Response deck(String user, String bank) {
        return TestUsers.as(user).contentType(ContentType.JSON).body(Map.of("bank", bank)).post("/api/v1/decks");
    }

    static JsonPath next(String user, String bank) {
        return TestUsers.as(user).queryParam("bank", bank).get("/api/v1/reviews/next").then().statusCode(200)
                .extract().jsonPath();
    }

    static io.restassured.response.Response review(String user, long card, int rating, String reviewId) {
        return TestUsers.as(user).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", rating, "reviewId", reviewId)).post("/api/v1/reviews");
    }

    private static long logRows(long card) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewRecord.count("card.id", card));
    }

    private static List<String> concurrently(int n, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
