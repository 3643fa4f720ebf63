package org.tarikh.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/** The pages tell an exam from practice, and a started assignment from one to do, by the enums, not by their codes. */
@QuarkusTest
class QuizModeOnPagesTest {

    private static final String EXAM_SELECTED = "<option value=\"exam\" selected>";
    private static final String PRACTICE_SELECTED = "<option value=\"practice\" selected>";

    @Test
    void theChangeFormSelectsTheAssignmentsModeOrTheOneTypedWhenRefused() {
        String teacher = TestUsers.teacher("modeform");
        long classId = createClass(teacher);
        long exam = assign(teacher, classId, "exam");
        PageSession page = PageSession.signIn(teacher, TestUsers.PASSWORD);
        String examRow = row(page.get("/classes/" + classId).then().statusCode(200).extract().asString(), exam);
        assertTrue(examRow.contains(EXAM_SELECTED) && !examRow.contains(PRACTICE_SELECTED), examRow);

        long practice = assign(teacher, classId, "practice");
        String practiceRow = row(page.get("/classes/" + classId).asString(), practice);
        assertTrue(practiceRow.contains(PRACTICE_SELECTED) && !practiceRow.contains(EXAM_SELECTED), practiceRow);

        // Refused (a count out of range): the form keeps the exam the teacher chose, not the stored practice.
        String refused = row(page.post("/classes/" + classId + "/assignments/" + practice, "dueAt", "2099-01-01T09:00",
                "count", "4", "mode", "exam", "timeLimitMinutes", "", "maxAttempts", "")
                .then().statusCode(400).extract().asString(), practice);
        assertTrue(refused.contains(EXAM_SELECTED) && !refused.contains(PRACTICE_SELECTED), refused);
    }

    @Test
    void aRefusedNewAssignmentKeepsTheKindAndModeChosen() {
        String teacher = TestUsers.teacher("modenew");
        long classId = createClass(teacher);
        PageSession page = PageSession.signIn(teacher, TestUsers.PASSWORD);
        page.post("/classes/" + classId + "/assignments", "bank", "najibullah-people", "kind", "review", "count", "0",
                        "dueAt", "2099-01-01T09:00", "topics", "", "mode", "exam", "timeLimitMinutes", "", "maxAttempts", "")
                .then().statusCode(400)
                .body(containsString("<option value=\"review\" selected>")).body(not(containsString("<option value=\"quiz\" selected>")))
                .body(containsString(EXAM_SELECTED)).body(not(containsString(PRACTICE_SELECTED)));
    }

    @Test
    void historyResultsHomeAndTheReportNameAnExamAndAStartedAssignment() {
        String teacher = TestUsers.teacher("modeteacher");
        long classId = createClass(teacher);
        String learner = join(classId, teacher, "modelearner");
        long assignment = assign(teacher, classId, "exam");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.get("/").then().statusCode(200).body(containsString("Start the exam"));

        String attempt = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("assignmentId", assignment))
                .post("/api/v1/quizzes").then().statusCode(201).extract().path("attemptId");
        page.get("/").then().statusCode(200).body(containsString(">Continue</button>"))
                .body(not(containsString("Start the exam")));
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
        String practice = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().path("attemptId");

        page.get("/quizzes").then().statusCode(200).body(containsString("data-label=\"Mode\">Exam</td>"))
                .body(containsString("data-label=\"Mode\">Practice</td>"));
        page.get("/quizzes/" + attempt + "/results").then().statusCode(200).body(containsString(" · Exam</p>"));
        TestUsers.as(learner).post("/api/v1/quizzes/" + practice + "/finish").then().statusCode(200);
        page.get("/quizzes/" + practice + "/results").then().statusCode(200).body(containsString(" · Practice</p>"));
        PageSession.signIn(teacher, TestUsers.PASSWORD).get("/classes/" + classId + "/report/students/" + learner)
                .then().statusCode(200).body(containsString("</strong> · Exam · started"));
    }

    @Test
    void theQuizFormKeepsExamCheckedWhenRefused() {
        PageSession page = PageSession.signIn(TestUsers.learner("modequiz"), TestUsers.PASSWORD);
        String html = page.post("/quizzes", "bank", "najibullah-people", "count", "4", "mode", "exam", "timeLimitMinutes", "")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("value=\"exam\" checked>") && !html.contains("value=\"practice\" checked>"), html);
    }

    /** One assignment's article on the class page. */
    private static String row(String classPage, long assignmentId) {
        String from = classPage.substring(classPage.indexOf("id=\"assignment-" + assignmentId + "\""));
        return from.substring(0, from.indexOf("</article>"));
    }

    private static long createClass(String teacher) {
        return TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Class of " + teacher))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long assign(String teacher, long classId, String mode) {
        return TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-people", "kind", "quiz", "count", 5, "mode", mode,
                        "dueAt", new TestClock().instant().plusSeconds(86_400).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String join(long classId, String teacher, String prefix) {
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        String learner = TestUsers.learner(prefix);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                .post("/api/v1/classes/join").then().statusCode(200);
        return learner;
    }
}
