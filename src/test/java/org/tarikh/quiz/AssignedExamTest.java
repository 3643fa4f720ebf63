package org.tarikh.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/** Assignments set like Moodle's quizzes (mode, time limit, attempts) and the exam page's Moodle-like navigation. */
@QuarkusTest
class AssignedExamTest {

    @Test
    void anAssignmentStartsWithItsTeachersSettingsUntilNoAttemptIsLeft() {
        String teacher = TestUsers.teacher("examsetter");
        long classId = createClass(teacher);
        String learner = join(classId, teacher, "examtaker");
        Map<String, Object> body = new HashMap<>(Map.of("bank", "najibullah-offices", "kind", "quiz", "count", 5,
                "dueAt", new TestClock().instant().plusSeconds(86_400).toString(), "mode", "exam",
                "timeLimitSeconds", 600, "maxAttempts", 1));
        long assignment = TestUsers.as(teacher).contentType(ContentType.JSON).body(body)
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201)
                .body("mode", equalTo("exam")).body("timeLimitSeconds", equalTo(600)).body("maxAttempts", equalTo(1))
                .extract().jsonPath().getLong("id");
        TestUsers.as(learner).get("/api/v1/classes/mine/assignments").then().body("[0].mode", equalTo("exam"));

        String attempt = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("assignmentId", assignment))
                .post("/api/v1/quizzes").then().statusCode(201).body("mode", equalTo("exam"))
                .body("expiresAt", notNullValue()).body("questions.size()", equalTo(5)).extract().path("attemptId");
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("assignmentId", assignment))
                .post("/api/v1/quizzes").then().statusCode(409).body("error", equalTo("no-attempts-left"));
        // Someone outside the class cannot start it; a bad setting names its field.
        TestUsers.as(TestUsers.learner("outsider")).contentType(ContentType.JSON).body(Map.of("assignmentId", assignment))
                .post("/api/v1/quizzes").then().statusCode(404);
        body.put("mode", "practice");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(body)
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(400)
                .body(containsString("timeLimitSeconds"));
    }

    @Test
    void theHomePageStartsAnAssignmentWithItsSettingsAndTheClassFormSetsThem() {
        String teacher = TestUsers.teacher("formsetter");
        long classId = createClass(teacher);
        String learner = join(classId, teacher, "formtaker");
        PageSession teacherPage = PageSession.signIn(teacher, TestUsers.PASSWORD);
        teacherPage.get("/classes/" + classId).then().statusCode(200).body(containsString("name=\"maxAttempts\""));
        teacherPage.post("/classes/" + classId + "/assignments", "bank", "najibullah-people", "kind", "quiz", "count", "5",
                "dueAt", "2099-01-01T09:00", "topics", "", "mode", "exam", "timeLimitMinutes", "15", "maxAttempts", "2")
                .then().statusCode(303);
        teacherPage.get("/classes/" + classId).then().body(containsString("Exam, 15 minutes, 2 attempts"));

        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String home = page.get("/").then().statusCode(200).body(containsString("Start the exam")).extract().asString();
        String assignmentId = home.replaceAll("(?s).*name=\"assignmentId\" value=\"(\\d+)\".*", "$1");
        Response started = page.post("/quizzes", "assignmentId", assignmentId);
        started.then().statusCode(303);
        String location = started.header("Location");
        page.get(location).then().statusCode(200).body(containsString("Exam")).body(containsString("data-expires-at"));
        // Starting again while it is unfinished continues the same attempt rather than using the second one.
        page.post("/quizzes", "assignmentId", assignmentId).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(location.substring(location.lastIndexOf('/'))));
    }

    @Test
    void theQuestionListShowsAnsweredFlaggedAndPracticeOutcomesAndFinishingAsksFirst() {
        String learner = TestUsers.learner("navigator");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String attempt = QuizApiTest.start(learner, "najibullah-offices", 5, "practice").getString("attemptId");
        List<KnownAnswers.Delivered> items = List.copyOf(KnownAnswers.of(attempt).values());
        KnownAnswers.Delivered first = items.get(0);
        QuizApiTest.answer(learner, attempt, first.id(), KnownAnswers.right(first)).then().statusCode(200);

        page.get("/quizzes/" + attempt + "?q=2").then().statusCode(200);
        page.post("/quizzes/" + attempt + "/flag", "questionId", questionIdOn(page, attempt, 2), "flagged", "true")
                .then().statusCode(303);
        String html = page.get("/quizzes/" + attempt + "?q=2").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("aria-label=\"Question 2, not answered, flagged\""), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.matches("(?s).*aria-label=\"Question \\d, answered, right\".*"));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("aria-pressed=\"true\""));

        page.get("/quizzes/" + attempt + "/finish").then().statusCode(200)
                .body(containsString("4 of 5 questions are not answered"))
                .body(containsString("You flagged 1 to come back to"))
                .body(containsString("id=\"confirm-finish\""));
        // Looking at the confirmation finishes nothing.
        TestUsers.as(learner).get("/api/v1/quizzes/" + attempt).then().body("finishedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anExamThatRunsOutOfTimeSaysSoOnItsResults() {
        String learner = TestUsers.learner("timeup");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String attempt = QuizApiTest.startExam(learner, "najibullah-dates", 5, 60).getString("attemptId");
        TestClock.advance(Duration.ofSeconds(61));
        // No hand-made ?flash=time-up: the results page knows the exam ended at its deadline.
        page.get("/quizzes/" + attempt).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/quizzes/" + attempt + "/results"));
        page.get("/quizzes/" + attempt + "/results").then().statusCode(200).body(containsString("Time is up"));
        String practice = QuizApiTest.start(learner, "najibullah-dates", 5, "practice").getString("attemptId");
        TestUsers.as(learner).post("/api/v1/quizzes/" + practice + "/finish").then().statusCode(200);
        page.get("/quizzes/" + practice + "/results").then().statusCode(200).body(not(containsString("Time is up")));
    }

    @Test
    void resultsSummariseFirstShowOnlyTheMissedAndRetryThemAsANewQuiz() {
        String learner = TestUsers.learner("retry");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String attempt = QuizApiTest.start(learner, "najibullah-offices", 5, "practice").getString("attemptId");
        List<KnownAnswers.Delivered> items = List.copyOf(KnownAnswers.of(attempt).values());
        for (int i = 0; i < 3; i++) {
            QuizApiTest.answer(learner, attempt, items.get(i).id(), KnownAnswers.right(items.get(i))).then().statusCode(200);
        }
        TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);

        page.get("/quizzes/" + attempt + "/results").then().statusCode(200)
                .body(containsString("<strong>3</strong> right")).body(containsString("<strong>2</strong> not answered"))
                .body(containsString("Show only the ones I missed (2)"));
        String missed = page.get("/quizzes/" + attempt + "/results?show=missed").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(2, missed.split("<article class=\"result ").length - 1);

        Response retried = page.post("/quizzes/" + attempt + "/retry");
        retried.then().statusCode(303);
        String again = retried.header("Location").substring(retried.header("Location").lastIndexOf('/') + 1);
        TestUsers.as(learner).get("/api/v1/quizzes/" + again).then().statusCode(200)
                .body("mode", equalTo("practice")).body("questions.size()", equalTo(2));
    }

    private static String questionIdOn(PageSession page, String attempt, int number) {
        String html = page.get("/quizzes/" + attempt + "?q=" + number).asString();
        return html.replaceAll("(?s).*name=\"questionId\" value=\"([^\"]+)\".*", "$1");
    }

    private static long createClass(String teacher) {
        return TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Class of " + teacher))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
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
