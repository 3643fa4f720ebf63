package org.tarikh.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/**
 * Regression (issue 12): mastery counted only flashcard reviews, so 40 practice answers left a bank at "0 of 68
 * seen" and students with 100% on a quiz showed 0% mastery in the class report.
 */
@QuarkusTest
class MasteryFromQuizzesTest {

    private static final String BANK = "najibullah-offices";

    @Test
    void practiceAnswersCountTowardMasteryOnTheProgressPageAndInTheClassReportAlike() {
        String teacher = TestUsers.teacher("masteryteacher");
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Mastery class"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        String learner = TestUsers.learner("quizmastery");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                .post("/api/v1/classes/join").then().statusCode(200);
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", BANK, "kind", "quiz", "count", 5,
                        "dueAt", new TestClock().instant().plusSeconds(86_400).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201);

        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", BANK, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        KnownAnswers.of(attempt).forEach((key, d) -> TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("questionId", d.id(), "response", KnownAnswers.right(d)))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200));
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);

        JsonPath progress = TestUsers.as(learner).get("/api/v1/me/progress").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> topics = progress.getList("topics.findAll { it.bank == '" + BANK + "' }");
        long seen = topics.stream().mapToLong(t -> ((Number) t.get("seen")).longValue()).sum();
        assertEquals(5, seen, "five questions answered right in practice: " + topics);
        double best = topics.stream().mapToDouble(t -> ((Number) t.get("mastery")).doubleValue()).max().orElse(0);
        assertTrue(best > 0, "answers just given right count toward mastery: " + topics);

        JsonPath report = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/report").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(report.getDouble("students[0].mastery") > 0, "the report's 100% student has mastery above 0");
        for (Map<String, Object> t : topics) {
            double inReport = report.getDouble("students[0].topics.find { it.topic == '" + t.get("topic") + "' }.mastery");
            assertEquals(((Number) t.get("mastery")).doubleValue(), inReport, 1e-2, "topic " + t.get("topic"));
        }
    }
}
