package org.tarikh.quiz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.KnownAnswers.Delivered;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

@QuarkusTest
class QuizApiTest {

    private static final Set<String> ANSWER_FIELDS = Set.of("answer", "answers", "accept", "text", "pairs", "back",
            "explanation", "correct", "correctAnswer", "index", "tolerance");

    @Test
    void aStartedQuizDeliversQuestionsWithoutTheirAnswers() {
        String learner = TestUsers.learner("start");
        JsonPath quiz = start(learner, "najibullah-policies", 50, "practice");
        List<Map<String, Object>> questions = quiz.getList("questions");
        assertTrue(questions.size() >= 40, "draws up to the count");
        assertEquals(questions.size(), new HashSet<>(quiz.getList("questions.id")).size(), "no repeats");
        for (Map<String, Object> q : questions) {
            for (String f : ANSWER_FIELDS) {
                assertFalse(q.containsKey(f), q.get("id") + " carries " + f);
            }
            assertFalse("card".equals(q.get("type")), "cards are not quiz questions");
        }
        String json = quiz.prettify();
        assertFalse(json.contains("\"index\""), "no authored positions leak");
    }

    @Test
    void answeringEveryQuestionRightGivesTheFullScore() {
        String learner = TestUsers.learner("allright");
        JsonPath quiz = start(learner, "najibullah-policies", 50, "practice");
        String id = quiz.getString("attemptId");
        Map<String, Delivered> known = KnownAnswers.of(id);
        known.forEach((key, d) -> answer(learner, id, d.id(), KnownAnswers.right(d)).then().statusCode(200)
                .body("correct", equalTo(true)).body("score", equalTo(1.0f))
                .body("explanation", notNullValue()).body("source.section", notNullValue()));
        double score = TestUsers.as(learner).post("/api/v1/quizzes/" + id + "/finish").then().log().ifValidationFails().statusCode(200)
                .body("maxScore", equalTo(known.size())).extract().jsonPath().getDouble("score");
        assertEquals(known.size(), score, 1e-9, "score == maxScore");
    }

    @Test
    void answeringEveryQuestionWrongGivesZero() {
        String learner = TestUsers.learner("allwrong");
        JsonPath quiz = start(learner, "najibullah-dates", 50, "practice");
        String id = quiz.getString("attemptId");
        KnownAnswers.of(id).forEach((key, d) -> answer(learner, id, d.id(), KnownAnswers.wrong(d))
                .then().statusCode(200).body("correct", equalTo(false)).body("score", equalTo(0.0f))
                .body("correctAnswer", notNullValue()));
        TestUsers.as(learner).post("/api/v1/quizzes/" + id + "/finish").then().statusCode(200)
                .body("score", equalTo(0.0f)).body("items.correct", org.hamcrest.Matchers.everyItem(equalTo(false)));
    }

    @Test
    void aSecondPracticeAnswerToTheSameQuestionIsAConflict() {
        String learner = TestUsers.learner("twice");
        String id = start(learner, "najibullah-offices", 5, "practice").getString("attemptId");
        Delivered first = KnownAnswers.of(id).values().iterator().next();
        answer(learner, id, first.id(), KnownAnswers.wrong(first)).then().statusCode(200)
                .body("correct", equalTo(false));
        answer(learner, id, first.id(), KnownAnswers.right(first)).then().statusCode(409)
                .body("error", equalTo("conflict"));
        TestUsers.as(learner).post("/api/v1/quizzes/" + id + "/finish").then().statusCode(200)
                .body("score", equalTo(0.0f));
    }

    @Test
    void anExamAnswerCanBeReplacedUntilTheExamIsFinished() {
        String learner = TestUsers.learner("change");
        String id = start(learner, "najibullah-offices", 5, "exam").getString("attemptId");
        Delivered first = KnownAnswers.of(id).values().iterator().next();
        answer(learner, id, first.id(), KnownAnswers.wrong(first)).then().statusCode(200)
                .body("recorded", equalTo(true)).body("correct", org.hamcrest.Matchers.nullValue());
        answer(learner, id, first.id(), KnownAnswers.right(first)).then().statusCode(200)
                .body("recorded", equalTo(true));
        TestUsers.as(learner).get("/api/v1/quizzes/" + id).then().statusCode(200)
                .body("answered", equalTo(List.of(first.id()))).body("items", org.hamcrest.Matchers.nullValue());
        TestUsers.as(learner).post("/api/v1/quizzes/" + id + "/finish").then().statusCode(200)
                .body("score", equalTo(1.0f))
                .body("items.find { it.questionId == '" + first.id() + "' }.correct", equalTo(true));
        answer(learner, id, first.id(), KnownAnswers.wrong(first)).then().statusCode(409)
                .body("error", equalTo("conflict"));
        TestUsers.as(learner).get("/api/v1/quizzes/" + id).then().body("score", equalTo(1.0f));
    }

    @Test
    void anotherLearnersAttemptIsNotFound() {
        String owner = TestUsers.learner("owner");
        String other = TestUsers.learner("other");
        String id = start(owner, "najibullah-offices", 5, "practice").getString("attemptId");
        Map.Entry<String, Delivered> q = KnownAnswers.of(id).entrySet().iterator().next();
        TestUsers.as(other).get("/api/v1/quizzes/" + id).then().statusCode(404);
        answer(other, id, q.getValue().id(), KnownAnswers.right(q.getValue())).then().statusCode(404);
        TestUsers.as(other).post("/api/v1/quizzes/" + id + "/finish").then().statusCode(404);
        TestUsers.as(other).get("/api/v1/quizzes").then().statusCode(200)
                .body("items.attemptId", org.hamcrest.Matchers.not(hasItem(id)));
        TestUsers.as(owner).get("/api/v1/quizzes/" + id).then().statusCode(200).body("attemptId", equalTo(id));
        TestUsers.as(owner).get("/api/v1/quizzes/not-a-uuid").then().statusCode(404);
    }

    @Test
    void anExamPastItsTimeLimitRefusesAnswersAndIsFinishedWithWhatWasGiven() {
        String learner = TestUsers.learner("late");
        JsonPath quiz = startExam(learner, "najibullah-events", 5, 60);
        String id = quiz.getString("attemptId");
        assertTrue(quiz.getString("expiresAt") != null, "the deadline is announced");
        List<Map.Entry<String, Delivered>> items = List.copyOf(KnownAnswers.of(id).entrySet());
        answer(learner, id, items.get(0).getValue().id(), KnownAnswers.right(items.get(0).getValue())).then().statusCode(200);

        TestClock.advance(Duration.ofSeconds(61));

        answer(learner, id, items.get(1).getValue().id(), KnownAnswers.right(items.get(1).getValue())).then().statusCode(409)
                .body("message", org.hamcrest.Matchers.containsString("time limit"));
        TestUsers.as(learner).get("/api/v1/quizzes/" + id).then().statusCode(200)
                .body("finishedAt", notNullValue()).body("score", equalTo(1.0f))
                .body("items.find { it.questionId == '" + items.get(1).getValue().id() + "' }.answered", equalTo(false));
    }

    @Test
    void badResponsesAre400AndLeaveTheQuestionOpen() {
        String learner = TestUsers.learner("bad");
        String id = start(learner, "najibullah-policies", 50, "practice").getString("attemptId");
        Map<String, Delivered> known = KnownAnswers.of(id);
        Delivered single = known.values().stream().filter(d -> d.spec().type().code().equals("single"))
                .findFirst().orElseThrow();
        answer(learner, id, single.id(), Map.of("choice", "not-an-id")).then().statusCode(400)
                .body("details.field", hasItem("response.choice"));
        answer(learner, id, single.id(), Map.of("choices", List.of())).then().statusCode(400);
        answer(learner, id, single.id(), Map.of("choice", 3)).then().statusCode(400);
        answer(learner, id, "no-such-question", Map.of("choice", "x")).then().statusCode(400)
                .body("details.field", hasItem("questionId"));
        TestUsers.as(learner).contentType(ContentType.JSON).body("{\"questionId\": ").post("/api/v1/quizzes/" + id + "/answers")
                .then().statusCode(400).body("error", equalTo("malformed-json"));
        answer(learner, id, single.id(), KnownAnswers.right(single)).then().statusCode(200).body("correct", equalTo(true));
    }

    @Test
    void startingWithBadSettingsIs400NamingTheField() {
        String learner = TestUsers.learner("settings");
        quiz(learner, Map.of("bank", "najibullah-dates", "count", 3, "mode", "practice")).then().statusCode(400)
                .body("details.field", hasItem("count"));
        quiz(learner, Map.of("bank", "najibullah-dates", "count", 10, "mode", "race")).then().statusCode(400)
                .body("details.field", hasItem("mode"));
        quiz(learner, Map.of("bank", "najibullah-dates", "count", 10, "topics", List.of("cooking"))).then().statusCode(400)
                .body("details.field", hasItem("topics"));
        quiz(learner, Map.of("bank", "no-such-bank", "count", 10)).then().statusCode(400).body("details.field", hasItem("bank"));
        quiz(learner, Map.of("bank", "najibullah-dates", "count", 10, "mode", "practice", "timeLimitSeconds", 600))
                .then().statusCode(400).body("details.field", hasItem("timeLimitSeconds"));
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("bank", "najibullah-dates"))
                .post("/api/v1/quizzes").then().statusCode(401);
    }

    @Test
    void theHistoryListsTheLearnersAttemptsNewestFirst() {
        String learner = TestUsers.learner("history");
        String first = start(learner, "najibullah-offices", 5, "practice").getString("attemptId");
        TestClock.advance(Duration.ofSeconds(1));
        String second = start(learner, "najibullah-people", 5, "exam").getString("attemptId");
        TestUsers.as(learner).get("/api/v1/quizzes").then().statusCode(200)
                .body("total", equalTo(2)).body("items.attemptId", equalTo(List.of(second, first)));
    }

    static JsonPath start(String user, String bank, int count, String mode) {
        return quiz(user, Map.of("bank", bank, "count", count, "mode", mode)).then().statusCode(201)
                .extract().jsonPath();
    }

    static JsonPath startExam(String user, String bank, int count, int seconds) {
        return quiz(user, Map.of("bank", bank, "count", count, "mode", "exam", "timeLimitSeconds", seconds))
                .then().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.Response quiz(String user, Map<String, Object> body) {
        return TestUsers.as(user).contentType(ContentType.JSON).body(body).post("/api/v1/quizzes");
    }

    static io.restassured.response.Response answer(String user, String attempt, String questionId, Object response) {
        return TestUsers.as(user).contentType(ContentType.JSON)
                .body(Map.of("questionId", questionId, "response", response))
                .post("/api/v1/quizzes/" + attempt + "/answers");
    }
}
