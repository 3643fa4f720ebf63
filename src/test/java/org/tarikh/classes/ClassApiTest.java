package org.tarikh.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ClassApiTest {

    @Test
    void aTeacherCreatesAClassAndALearnerJoinsWithItsCode() {
        String teacher = TestUsers.teacher("classes");
        Map<String, Object> created = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Year 10 B"))
                .post("/api/v1/classes").then().statusCode(201).body("name", equalTo("Year 10 B"))
                .body("joinCode", matchesPattern("[ACDEFHJKMNPRTUVWXY]{6}")).extract().as(Map.class);
        String code = (String) created.get("joinCode");
        String learner = TestUsers.learner("joiner");
        // typed in lower case with a space: still the same code
        String typed = code.substring(0, 3).toLowerCase() + " " + code.substring(3);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", typed))
                .post("/api/v1/classes/join").then().statusCode(200).body("name", equalTo("Year 10 B"));
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", "ZZZZZZ"))
                .post("/api/v1/classes/join").then().statusCode(404).body("message", containsString("ZZZZZZ"));
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .post("/api/v1/classes").then().statusCode(403);
    }

    @Test
    void assignmentsShowEachLearnersStatusToBothSides() {
        String teacher = TestUsers.teacher("assigner");
        long classId = createClass(teacher);
        String learner = join(classId, teacher, "doer");
        String idle = join(classId, teacher, "idle");
        // a due time with an offset, as API.md's times may carry
        String due = new TestClock().instant().plusSeconds(86_400).atOffset(java.time.ZoneOffset.ofHours(5)).toString();
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "kind", "quiz", "count", 5, "dueAt", due))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201)
                .body("bank", equalTo("najibullah-offices")).body("kind", equalTo("quiz")).body("count", equalTo(5));
        TestUsers.as(learner).get("/api/v1/classes/mine/assignments").then().statusCode(200)
                .body("status", equalTo(List.of("to-do")));

        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().path("attemptId");
        KnownAnswers.of(attempt).forEach((id, d) -> TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("questionId", d.id(), "response", KnownAnswers.right(d)))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200));
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);

        TestUsers.as(learner).get("/api/v1/classes/mine/assignments").then().body("status", equalTo(List.of("done")));
        TestUsers.as(idle).get("/api/v1/classes/mine/assignments").then().body("status", equalTo(List.of("to-do")));
        Map<String, String> byMember = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments").then()
                .statusCode(200).extract().jsonPath().getMap("[0].members.collectEntries { [it.username, it.status] }");
        assertEquals(Map.of(learner, "done", idle, "to-do"), byMember);

        // the class's teacher may read a member's attempt; another teacher may not
        TestUsers.as(teacher).get("/api/v1/quizzes/" + attempt).then().statusCode(200).body("score", equalTo(5.0f));
        TestUsers.as(TestUsers.teacher("stranger")).get("/api/v1/quizzes/" + attempt).then().statusCode(404);

        // withdrawn: gone from the learners' lists; another teacher may not, an unknown id is 404
        long assignmentId = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments").then().extract()
                .jsonPath().getLong("[0].assignment.id");
        TestUsers.as(TestUsers.teacher("other")).delete("/api/v1/classes/" + classId + "/assignments/" + assignmentId)
                .then().statusCode(403);
        TestUsers.as(teacher).delete("/api/v1/classes/" + classId + "/assignments/" + assignmentId).then().statusCode(204);
        TestUsers.as(teacher).delete("/api/v1/classes/" + classId + "/assignments/" + assignmentId).then().statusCode(404);
        TestUsers.as(learner).get("/api/v1/classes/mine/assignments").then().body("size()", equalTo(0));
    }

    @Test
    void aReviewAssignmentIsDoneOnceEveryCardOfItsTopicsWasStudied() {
        String teacher = TestUsers.teacher("reviews");
        String slug = org.tarikh.support.TeacherBanks.create(teacher, "cards");
        for (String id : List.of("one", "two")) {
            org.tarikh.support.TeacherBanks.add(teacher, slug,
                    org.tarikh.support.TeacherBanks.single(id, "Question " + id + "?", List.of("right", "wrong")));
        }
        Map<String, Object> other = org.tarikh.support.TeacherBanks.single("other", "Another topic?", List.of("a", "b"));
        other.put("topic", "people");
        org.tarikh.support.TeacherBanks.add(teacher, slug, other);
        long classId = createClass(teacher);
        String learner = join(classId, teacher, "reviewer");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", slug, "kind", "review",
                        "topics", List.of("events"), "dueAt", new TestClock().instant().plusSeconds(86_400).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).body("topics", equalTo(List.of("events")));

        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", slug, "topics", List.of("events")))
                .post("/api/v1/decks").then().statusCode(200).body("added", equalTo(2));
        for (String expected : List.of("started", "done")) {
            int cardId = TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(200)
                    .extract().path("cardId");
            TestUsers.as(learner).contentType(ContentType.JSON)
                    .body(Map.of("cardId", cardId, "rating", 4, "reviewId", java.util.UUID.randomUUID().toString()))
                    .post("/api/v1/reviews").then().statusCode(200);
            TestUsers.as(learner).get("/api/v1/classes/mine/assignments").then().body("status", equalTo(List.of(expected)));
        }
        TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments").then()
                .body("[0].members[0].detail", equalTo("2 / 2 cards"));

        // The teacher's report and the learner's progress page give the same mastery (one definition, Mastery).
        double learnerSees = TestUsers.as(learner).get("/api/v1/me/progress").then().statusCode(200).extract().jsonPath()
                .getDouble("topics.find { it.bank == '" + slug + "' && it.topic == 'events' }.mastery");
        double teacherSees = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/report").then().statusCode(200)
                .extract().jsonPath().getDouble("students[0].topics.find { it.topic == 'events' }.mastery");
        org.junit.jupiter.api.Assertions.assertTrue(learnerSees > 0.9, "two cards studied just now: " + learnerSees);
        assertEquals(learnerSees, teacherSees, 1e-4);
    }

    @Test
    void badAssignmentsNameTheirFields() {
        String teacher = TestUsers.teacher("badassign");
        long classId = createClass(teacher);
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", "no-such-bank", "kind", "exam", "count", 500))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(400)
                .body("details.field", hasItem("bank")).body("details.field", hasItem("kind"))
                .body("details.field", hasItem("dueAt"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", "najibullah-offices", "dueAt", "tomorrow"))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(400)
                .body("details.field", hasItem("dueAt"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("bank", "najibullah-offices", "dueAt", "2001-01-01T00:00:00Z"))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(400)
                .body("message", containsString("already passed"));
    }

    @Test
    void onlyTheClassesTeacherSeesItsAssignmentsAndReport() {
        String teacher = TestUsers.teacher("ownclass");
        long classId = createClass(teacher);
        String other = TestUsers.teacher("otherclass");
        String learner = join(classId, teacher, "member");
        for (String who : List.of(other, learner)) {
            TestUsers.as(who).get("/api/v1/classes/" + classId + "/report").then().statusCode(403);
            TestUsers.as(who).get("/api/v1/classes/" + classId + "/assignments").then().statusCode(403);
            TestUsers.as(who).contentType(ContentType.JSON)
                    .body(Map.of("bank", "najibullah-offices", "dueAt", "2030-01-01T00:00:00Z"))
                    .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(403);
        }
        TestUsers.as(teacher).get("/api/v1/classes/999999/report").then().statusCode(404);
    }

    static long createClass(String teacher) {
        return TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Class of " + teacher))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String join(long classId, String teacher, String prefix) {
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        String learner = TestUsers.learner(prefix);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                .post("/api/v1/classes/join").then().statusCode(200);
        return learner;
    }
}
