package org.tarikh.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

@QuarkusTest
class AssignmentChangeTest {

    @Test
    void theTeacherChangesDueDateModeLimitAndAttemptsOverJson() {
        String teacher = TestUsers.teacher("changer");
        long classId = newClass(teacher);
        long id = assign(teacher, classId);
        String later = new TestClock().instant().plusSeconds(7 * 86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("dueAt", later, "mode", "exam", "timeLimitSeconds", 900, "maxAttempts", 2))
                .put("/api/v1/classes/" + classId + "/assignments/" + id).then().statusCode(200)
                .body("mode", equalTo("exam")).body("timeLimitSeconds", equalTo(900)).body("maxAttempts", equalTo(2))
                .body("count", equalTo(5)).body("bank", equalTo("najibullah-people"));
        TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments").then()
                .body("find { it.assignment.id == " + id + " }.assignment.dueAt", equalTo(Instant.parse(later).toString()));
        // Back to practice with no limit: the time limit must go with the exam.
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("dueAt", later, "mode", "practice"))
                .put("/api/v1/classes/" + classId + "/assignments/" + id).then().statusCode(200)
                .body("mode", equalTo("practice")).body("timeLimitSeconds", nullValue()).body("maxAttempts", nullValue());
    }

    @Test
    void badChangesAreRefusedByFieldAndOnlyTheClasssTeacherMayChange() {
        String teacher = TestUsers.teacher("strict");
        long classId = newClass(teacher);
        long id = assign(teacher, classId);
        String path = "/api/v1/classes/" + classId + "/assignments/" + id;
        String later = new TestClock().instant().plusSeconds(86_400).toString();
        Map<String, Object> practiceWithLimit = new HashMap<>(Map.of("dueAt", later, "mode", "practice", "timeLimitSeconds", 600));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(practiceWithLimit).put(path).then().statusCode(400)
                .body("details.field", hasItem("timeLimitSeconds"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("dueAt", "2000-01-01T00:00:00Z")).put(path)
                .then().statusCode(400).body("details.field", hasItem("dueAt"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("mode", "exam")).put(path)
                .then().statusCode(400).body("details.field", hasItem("dueAt"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("dueAt", later, "maxAttempts", 99)).put(path)
                .then().statusCode(400).body("details.field", hasItem("maxAttempts"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("dueAt", later, "bank", "najibullah-dates")).put(path)
                .then().statusCode(400).body("details.field", hasItem("bank"));
        String other = TestUsers.teacher("otherteacher");
        TestUsers.as(other).contentType(ContentType.JSON).body(Map.of("dueAt", later)).put(path).then().statusCode(403);
        TestUsers.as(TestUsers.learner("pupil")).contentType(ContentType.JSON).body(Map.of("dueAt", later)).put(path)
                .then().statusCode(403);
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("dueAt", later))
                .put("/api/v1/classes/" + classId + "/assignments/999999999").then().statusCode(404);
        TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments").then()
                .body("find { it.assignment.id == " + id + " }.assignment.mode", equalTo("practice"));
    }

    @Test
    void theClassPageChangesAnAssignmentAndSaysWhatIsWrongInTheFormsTerms() {
        String teacher = TestUsers.teacher("pagechanger");
        long classId = newClass(teacher);
        long id = assign(teacher, classId);
        PageSession page = PageSession.signIn(teacher, TestUsers.PASSWORD);
        String shown = page.get("/classes/" + classId).then().statusCode(200)
                .body(containsString("action=\"/classes/" + classId + "/assignments/" + id + "\""))
                .body(containsString("id=\"due-" + id + "\"")).extract().asString();
        assertEquals(1, shown.split("id=\"due-" + id + "\"", -1).length - 1, "one field per id");

        page.post("/classes/" + classId + "/assignments/" + id, "dueAt", "", "mode", "exam", "timeLimitMinutes", "20")
                .then().statusCode(400).body(containsString("Choose the day and the time the work is due"))
                .body(not(containsString("2026-12-01T09:00"))).body(containsString("due-" + id + "-error"))
                .body(containsString("value=\"20\""));
        var r = page.post("/classes/" + classId + "/assignments/" + id, "dueAt", "2031-03-01T10:30", "count", "8",
                "mode", "exam", "timeLimitMinutes", "20", "maxAttempts", "3");
        assertEquals(303, r.statusCode());
        page.get("/classes/" + classId).then().statusCode(200).body(containsString("value=\"2031-03-01T10:30\""))
                .body(containsString("Quiz of 8 questions"));
        TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/assignments").then()
                .body("find { it.assignment.id == " + id + " }.assignment.timeLimitSeconds", equalTo(1200))
                .body("find { it.assignment.id == " + id + " }.assignment.maxAttempts", equalTo(3));
        // The new-assignment form says it in the same terms.
        page.post("/classes/" + classId + "/assignments", "bank", "najibullah-people", "kind", "quiz", "count", "5",
                "dueAt", "").then().statusCode(400).body(containsString("Choose the day and the time the work is due"));
    }

    private static long newClass(String teacher) {
        return TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Changes"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long assign(String teacher, long classId) {
        return TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-people", "kind", "quiz", "count", 5,
                        "dueAt", new TestClock().instant().plusSeconds(3600).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
