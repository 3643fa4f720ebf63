package org.tarikh.readiness;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tarikh.readiness.forecast.CardMemory;
import org.tarikh.readiness.forecast.RecallForecast;
import org.tarikh.review.scheduler.MemoryState;
import org.tarikh.review.scheduler.SchedulerParams;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ReadinessApiTest {

    @Test
    void theTeacherSeesEachMembersRecallPerTopicOnTheDueDateAndTheLearnerTheirOwn() {
        String teacher = TestUsers.teacher("ready");
        String slug = TeacherBanks.create(teacher, "readiness");
        for (String id : List.of("one", "two")) {
            TeacherBanks.add(teacher, slug, TeacherBanks.single(id, "Question " + id + "?", List.of("right", "wrong")));
        }
        Map<String, Object> other = TeacherBanks.single("other", "Another topic?", List.of("a", "b"));
        other.put("topic", "people");
        TeacherBanks.add(teacher, slug, other);
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Readiness class"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        String learner = TestUsers.learner("ready");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                .post("/api/v1/classes/join").then().statusCode(200);
        Instant now = new TestClock().instant();
        long assignmentId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", slug, "kind", "review",
                        "topics", List.of("events"), "dueAt", now.plus(Duration.ofDays(30)).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath().getLong("id");

        // One of the two "events" questions studied once (Good on a new card: S = w2 = 2.3065), the other never.
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", slug, "topics", List.of("events")))
                .post("/api/v1/decks").then().statusCode(200);
        int cardId = TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(200)
                .extract().path("cardId");
        float difficulty = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("cardId", cardId, "rating", 3, "reviewId", UUID.randomUUID().toString()))
                .post("/api/v1/reviews").then().statusCode(200).body("stability", equalTo(2.3065f))
                .extract().jsonPath().getFloat("difficulty");

        LocalDate today = dayOf(new TestClock().instant());
        LocalDate exam = dayOf(now.plus(Duration.ofDays(30)));
        RecallForecast plan = new RecallForecast(SchedulerParams.defaults());
        int expectedReviews = plan.card(new CardMemory("events", new MemoryState(2.3065, difficulty), today), today, exam)
                .reviewsNeeded() + plan.card(CardMemory.unseen("events"), today, exam).reviewsNeeded();
        // R(30 days, 2.3065) = (1 + 0.98034649 * 30 / 2.3065)^-0.1542 = 0.667526; the unseen question counts 0
        double expectedRecall = 0.667526 / 2;

        JsonPath report = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments/" + assignmentId
                + "/readiness").then().statusCode(200).body("topics", equalTo(List.of("events")))
                .body("students.size()", equalTo(1)).extract().jsonPath();
        assertEquals(learner, report.getString("students[0].username"));
        assertEquals(exam.toString(), report.getString("students[0].examDay"));
        assertEquals(2, report.getInt("students[0].questions"));
        assertEquals("events", report.getString("students[0].topics[0].topic"));
        assertEquals(1, report.getList("students[0].topics").size());
        assertEquals(expectedRecall, report.getDouble("students[0].topics[0].predictedRecall"), 1e-4);
        assertEquals(expectedReviews, report.getInt("students[0].topics[0].reviewsNeeded"));
        assertEquals(expectedReviews, report.getInt("students[0].reviewsNeeded"));

        TestUsers.as(learner).get("/api/v1/me/assignments/" + assignmentId + "/readiness").then().statusCode(200)
                .body("username", equalTo(learner)).body("reviewsNeeded", equalTo(expectedReviews))
                .body("topics[0].questions", equalTo(2));

        String teacherPage = TestUsers.as(teacher).get("/classes/" + classId).then().statusCode(200).extract().asString();
        assertTrue(teacherPage.contains("/classes/" + classId + "/assignments/" + assignmentId + "/readiness"));
        String page = TestUsers.as(teacher).get("/classes/" + classId + "/assignments/" + assignmentId + "/readiness")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Readiness for the due date") && page.contains(learner), page);
        assertTrue(page.contains(Math.round(expectedRecall * 100) + "%"), page);
        assertTrue(TestUsers.as(learner).get("/").then().statusCode(200).extract().asString()
                .contains("/assignments/" + assignmentId + "/readiness"));
        String own = TestUsers.as(learner).get("/assignments/" + assignmentId + "/readiness").then().statusCode(200)
                .extract().asString();
        assertTrue(own.contains("How ready am I?") && own.contains(exam.toString()), own);

        TestUsers.as(TestUsers.teacher("not-theirs")).get("/api/v1/classes/" + classId + "/assignments/" + assignmentId
                + "/readiness").then().statusCode(403);
        TestUsers.as(TestUsers.learner("outsider")).get("/api/v1/me/assignments/" + assignmentId + "/readiness")
                .then().statusCode(404);
        TestUsers.as(learner).get("/api/v1/classes/" + classId + "/assignments/" + assignmentId + "/readiness")
                .then().statusCode(403);
    }

    private static LocalDate dayOf(Instant t) {
        return LocalDate.ofInstant(t.minus(Duration.ofHours(4)), ZoneOffset.UTC);
    }
}
