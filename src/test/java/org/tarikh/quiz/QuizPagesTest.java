package org.tarikh.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** The quiz pages without JavaScript: plain forms and redirects. */
@QuarkusTest
class QuizPagesTest {

    @Test
    void withoutJavaScriptAPracticeAnswerRedirectsToItsFeedback() {
        String learner = TestUsers.learner("nojs");
        PageSession page = PageSession.openAs("/quizzes/new?bank=najibullah-offices", learner, TestUsers.PASSWORD);
        Response started = page.post("/quizzes", "bank", "najibullah-offices", "count", "5", "mode", "practice");
        String location = started.header("Location");
        String attempt = location.substring(location.lastIndexOf('/') + 1);
        Map.Entry<String, KnownAnswers.Delivered> first = KnownAnswers.of(attempt).entrySet().iterator().next();

        page.get("/quizzes/" + attempt).then().statusCode(200)
                .body(containsString("Question 1 of 5")).body(containsString("name=\"csrf-token\""))
                .body(not(containsString(first.getValue().spec().explanation())));
        Response answered = page.post("/quizzes/" + attempt + "/answer", "questionId", first.getValue().id(), "choice", "x",
                "value", "1988", "text", "zzz", "blank", "zzz");
        answered.then().statusCode(org.hamcrest.Matchers.oneOf(303, 400));
    }

    @Test
    void theHistoryPageListsAttempts() {
        String learner = TestUsers.learner("histpage");
        QuizApiTest.start(learner, "najibullah-people", 5, "practice");
        TestUsers.as(learner).get("/quizzes").then().statusCode(200).body(containsString("Najibullah: people"))
                .body(containsString("Continue"));
    }

    @Test
    void aStartFormWithABadCountShowsTheProblem() {
        String learner = TestUsers.learner("badcount");
        PageSession page = PageSession.openAs("/quizzes/new?bank=najibullah-dates", learner, TestUsers.PASSWORD);
        page.post("/quizzes", "bank", "najibullah-dates", "count", "2", "mode", "practice").then().statusCode(400)
                .body(containsString("5 to 50 questions")).body(containsString("aria-invalid=\"true\""));
    }
}
