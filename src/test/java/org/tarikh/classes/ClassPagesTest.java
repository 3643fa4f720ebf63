package org.tarikh.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.quiz.QuizLimits;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ClassPagesTest {

    @Test
    void aTeacherSetsWorkAndTheLearnerSeesItOnTheHomePage() {
        String teacher = TestUsers.teacher("pages");
        PageSession t = PageSession.openAs("/classes", teacher, TestUsers.PASSWORD);
        Response created = t.post("/classes", "name", "Evening class");
        created.then().statusCode(303);
        String classPath = created.getHeader("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        Response shown = t.get(classPath);
        Matcher code = Pattern.compile("class=\"join-code big\"[^>]*>([A-Z]{6})<").matcher(shown.asString());
        org.junit.jupiter.api.Assertions.assertTrue(code.find(), "the class page shows the join code");
        t.post(classPath + "/assignments", "bank", "najibullah-people", "kind", "quiz", "count", "4", "dueAt", "2030-01-01T09:00")
                .then().statusCode(400).body(containsString("A quiz has 5 to 50 questions."));
        t.post(classPath + "/assignments", "bank", "najibullah-people", "kind", "quiz", "count", "5", "dueAt", "2030-01-01T09:00")
                .then().statusCode(303);

        String learner = TestUsers.learner("homepage");
        PageSession l = PageSession.openAs("/classes", learner, TestUsers.PASSWORD);
        l.post("/classes/join", "joinCode", "WRONG1").then().statusCode(404).body(containsString("No class has the join code"));
        l.post("/classes/join", "joinCode", code.group(1).toLowerCase()).then().statusCode(303);
        l.get("/").then().statusCode(200).body(containsString("Your assignments")).body(containsString("Evening class"))
                .body(containsString("Quiz: 5 questions")).body(containsString("To do")).body(containsString("Start the quiz"));

        t.get(classPath).then().body(containsString(learner)).body(containsString("0 of 1 done"));
        t.get(classPath + "/report").then().statusCode(200).body(containsString(learner))
                .body(containsString("Download as CSV"));
        t.get(classPath + "/report/students/" + learner).then().statusCode(200).body(containsString("No quiz yet."));
        t.get(classPath + "/report/students/someone-else").then().statusCode(404);
        l.get(classPath + "/report/students/" + learner).then().statusCode(403);
        l.get(classPath).then().statusCode(403);

        Matcher withdraw = Pattern.compile("action=\"(/classes/\\d+/assignments/\\d+/withdraw)\"").matcher(t.get(classPath).asString());
        org.junit.jupiter.api.Assertions.assertTrue(withdraw.find(), "the class page offers to withdraw the assignment");
        l.post(withdraw.group(1)).then().statusCode(403);
        t.post(withdraw.group(1)).then().statusCode(303);
        l.get("/").then().body(not(containsString("Your assignments")));
        l.get(classPath + "/report").then().statusCode(403).body(not(containsString(learner + "</small>")));
    }

    @Test
    void theAssignmentFormsTakeTheirLimitsFromTheRules() {
        String teacher = TestUsers.teacher("formlimits");
        PageSession t = PageSession.openAs("/classes", teacher, TestUsers.PASSWORD);
        String classPath = t.post("/classes", "name", "Limits class").getHeader("Location")
                .replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        t.post(classPath + "/assignments", "bank", "najibullah-people", "kind", "quiz", "count", "5", "dueAt", "2030-01-01T09:00")
                .then().statusCode(303);
        String count = " min=\"" + QuizLimits.MIN_COUNT + "\" max=\"" + QuizLimits.MAX_COUNT + "\"";
        String minutes = " min=\"" + QuizLimits.MIN_TIME_LIMIT_MINUTES + "\" max=\"" + QuizLimits.MAX_TIME_LIMIT_MINUTES + "\"";
        String attempts = " min=\"" + AssignmentRules.MIN_ATTEMPTS + "\" max=\"" + AssignmentRules.MAX_ATTEMPTS + "\"";
        String page = t.get(classPath).then().statusCode(200)
                .body(containsString("Questions (" + QuizLimits.MIN_COUNT + " to " + QuizLimits.MAX_COUNT + ")"))
                .body(containsString("Questions (quiz: " + QuizLimits.MIN_COUNT + " to " + QuizLimits.MAX_COUNT + ")"))
                .extract().asString();
        // The count's bounds in the assignment's change form; time and attempts there and in the new-assignment form
        assertEquals(1, occurrences(page, "name=\"count\" type=\"number\"" + count), page);
        assertEquals(2, occurrences(page, minutes), page);
        assertEquals(2, occurrences(page, attempts), page);
    }

    private static int occurrences(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
