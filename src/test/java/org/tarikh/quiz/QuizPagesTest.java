package org.tarikh.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
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
    void theAnswerFormPostsInPlaceInPracticeAndAsAWholePageInAnExamBothWithTheCsrfField() {
        String learner = TestUsers.learner("answerform");
        PageSession page = PageSession.openAs("/quizzes/new?bank=najibullah-offices", learner, TestUsers.PASSWORD);
        for (String mode : List.of("practice", "exam")) {
            String location = page.post("/quizzes", "bank", "najibullah-offices", "count", "5", "mode", mode)
                    .header("Location");
            String attempt = location.substring(location.lastIndexOf('/') + 1);
            String html = page.get("/quizzes/" + attempt).then().statusCode(200).extract().asString();
            Matcher form = Pattern.compile("<form method=\"post\"[^>]*class=\"answer-form\"[^>]*>\\s*"
                    + "<input type=\"hidden\" name=\"csrf-token\" value=\"[^\"]+\">").matcher(html);
            assertTrue(form.find(), mode + ": no answer form opening with the CSRF field in " + html);
            String tag = form.group();
            assertTrue(tag.contains("action=\"/quizzes/" + attempt + "/answer\""), tag);
            if (mode.equals("practice")) {
                assertTrue(tag.contains("hx-post=\"/quizzes/" + attempt + "/answer\"")
                        && tag.contains("hx-target=\"#quiz\""), tag);
            } else {
                assertTrue(!tag.contains("hx-post") && !tag.contains("null"), "an exam posts the whole page: " + tag);
            }
        }
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

    @Test
    void theStartFormTakesItsLimitsFromQuizLimits() {
        PageSession page = PageSession.signIn(TestUsers.learner("limits"), TestUsers.PASSWORD);
        page.get("/quizzes/new?bank=najibullah-dates").then().statusCode(200)
                .body(containsString("Number of questions (" + QuizLimits.MIN_COUNT + " to " + QuizLimits.MAX_COUNT + ")"))
                .body(containsString("min=\"" + QuizLimits.MIN_COUNT + "\" max=\"" + QuizLimits.MAX_COUNT
                        + "\" value=\"" + QuizLimits.DEFAULT_COUNT + "\""))
                .body(containsString("min=\"" + QuizLimits.MIN_TIME_LIMIT_MINUTES + "\" max=\"" + QuizLimits.MAX_TIME_LIMIT_MINUTES
                        + "\" placeholder=\"No limit\""));
    }

    /** A bank with every quiz type (a date at each precision): each question's page asks in its own way. */
    @Test
    void eachQuestionTypeIsAnsweredInItsOwnField() {
        String teacher = TestUsers.teacher("answerfields");
        String slug = TeacherBanks.create(teacher, "answerfields");
        Map<String, String> field = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        add(teacher, slug, "q-single", "single", field, types, "<input type=\"radio\" name=\"choice\"",
                "choices", List.of("KHAD", "ASGA", "KAM"), "answer", "KHAD");
        add(teacher, slug, "q-multi", "multi", field, types, "<input type=\"checkbox\" name=\"choices\"",
                "choices", List.of("Kabul", "Gardez", "Herat"), "answers", List.of("Kabul", "Gardez"));
        add(teacher, slug, "q-truefalse", "truefalse", field, types, "name=\"value\" value=\"true\"", "answer", false);
        add(teacher, slug, "q-numeric", "numeric", field, types, "inputmode=\"decimal\"", "answer", 2, "tolerance", 0.5,
                "unit", "times");
        add(teacher, slug, "q-year", "date", field, types, "Give the year, e.g. 1988.", "answer", "1989");
        add(teacher, slug, "q-month", "date", field, types, "Give the month and year, e.g. April 1988.", "answer", "1989-02");
        add(teacher, slug, "q-day", "date", field, types, "Give the full date, e.g. 14 April 1988", "answer", "1989-02-15");
        add(teacher, slug, "q-text", "text", field, types, "name=\"text\"", "accept", List.of("Gardez"));
        add(teacher, slug, "q-cloze", "cloze", field, types, "name=\"blank\"",
                "text", "The {{Geneva Accords}} were signed in {{1988}}.");
        add(teacher, slug, "q-order", "order", field, types, "class=\"order-list\"",
                "items", List.of("Ambassador to Iran", "Head of KHAD", "General Secretary"));
        add(teacher, slug, "q-match", "match", field, types, "class=\"match-grid\"", "pairs", List.of(
                Map.of("left", "Head of KHAD", "right", "Najibullah"), Map.of("left", "Party leader", "right", "Karmal"),
                Map.of("left", "Soviet leader", "right", "Gorbachev")));

        JsonPath started = TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "count", QuizLimits.MAX_COUNT, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().jsonPath();
        String attempt = started.getString("attemptId");
        PageSession page = PageSession.signIn(teacher, TestUsers.PASSWORD);
        List<String> keys = new ArrayList<>(KnownAnswers.of(attempt).keySet());
        assertEquals(field.size(), keys.size(), "every question is drawn");
        for (int n = 1; n <= keys.size(); n++) {
            String key = keys.get(n - 1);
            String html = page.get("/quizzes/" + attempt + "?q=" + n).then().statusCode(200).extract().asString();
            field.forEach((other, marker) -> assertEquals(other.equals(key), html.contains(marker),
                    key + "'s page and " + other + "'s " + marker));
            String shown = "questions.find { it.number == " + n + " }";
            assertEquals(types.get(key), started.getString(shown + ".type"), "the API names the type by its code");
            assertEquals(key.equals("q-year") ? "year" : key.equals("q-month") ? "month" : key.equals("q-day") ? "day" : null,
                    started.getString(shown + ".precision"), "the API names a date's precision by its code");
        }
    }

    private static void add(String teacher, String slug, String id, String type, Map<String, String> field,
                            Map<String, String> types, String marker, Object... answer) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("type", type);
        q.put("topic", "events");
        q.put("prompt", "Question " + id + "?");
        for (int i = 0; i < answer.length; i += 2) {
            q.put((String) answer[i], answer[i + 1]);
        }
        q.put("explanation", "Because the source says so.");
        TeacherBanks.add(teacher, slug, q);
        field.put(id, marker);
        types.put(id, type);
    }
}
