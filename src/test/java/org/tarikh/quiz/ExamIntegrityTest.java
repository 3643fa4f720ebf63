package org.tarikh.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.review.Card;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.KnownAnswers.Delivered;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestBanks;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/**
 * The hostile-learner probe (exam integrity): with an exam open on a bank, no other route shows that bank's
 * answers or which exam answers were wrong, and no id a learner sees names a question's key.
 */
@QuarkusTest
class ExamIntegrityTest {

    /** Keys that name their answers, as curated keys do (off-khad-service, pol-misaq). */
    private static final List<String> KEYS = List.of("ans-khad-service", "ans-geneva-accords", "ans-gardez-born",
            "ans-true-reconciliation", "ans-year-1986", "ans-kabul-un-compound");

    private static final String BANK = """
            bank: %s
            title: "Exam integrity"
            description: "Six questions whose keys name their answers."
            language: en
            questions:
              - id: ans-khad-service
                type: single
                topic: offices
                prompt: "Which security service did he lead?"
                choices: ["KHAD", "Sarandoy", "KAM", "ASGA"]
                answer: "KHAD"
                explanation: "He led the service from 1980."
                source: { section: "Early life and career" }
              - id: ans-geneva-accords
                type: single
                topic: events
                prompt: "Where were the 1988 accords signed?"
                choices: ["Geneva", "Paris", "Moscow", "Vienna"]
                answer: "Geneva"
                explanation: "They were signed in Switzerland."
                source: { section: "Soviet withdrawal" }
              - id: ans-gardez-born
                type: text
                topic: places
                prompt: "In which town was he born, by most accounts?"
                accept: ["Gardez"]
                explanation: "Most sources give the town in Paktia."
                source: { section: "Early life and career" }
              - id: ans-true-reconciliation
                type: truefalse
                topic: policies
                prompt: "He announced a policy of national reconciliation."
                answer: true
                explanation: "He announced it in 1986-87."
                source: { section: "Soviet withdrawal" }
              - id: ans-year-1986
                type: date
                topic: dates
                prompt: "In which year did he become General Secretary?"
                answer: "1986"
                explanation: "He replaced Karmal that year."
                source: { section: "Soviet withdrawal" }
              - id: ans-kabul-un-compound
                type: single
                topic: places
                prompt: "Where did he shelter from 1992?"
                choices: ["The UN compound in Kabul", "Mazar-i-Sharif", "Herat", "Jalalabad"]
                answer: "The UN compound in Kabul"
                explanation: "He stayed there until 1996."
                source: { section: "Soviet withdrawal" }
            """;

    @Test
    void withAnExamOpenNoOtherRouteRevealsItsAnswersAndMissesWaitForTheFinish() {
        String slug = TestBanks.load(BANK.formatted("integrity-" + System.nanoTime()));
        String learner = TestUsers.learner("probe");
        List<String> seen = new ArrayList<>();

        // Before the exam: a finished practice attempt (results to peek at) and an open one, one question answered right.
        String finishedPractice = QuizApiTest.start(learner, slug, 5, "practice").getString("attemptId");
        TestUsers.as(learner).post("/api/v1/quizzes/" + finishedPractice + "/finish").then().statusCode(200);
        String openPractice = QuizApiTest.start(learner, slug, 6, "practice").getString("attemptId");
        List<Delivered> practiceItems = List.copyOf(KnownAnswers.of(openPractice).values());
        QuizApiTest.answer(learner, openPractice, practiceItems.get(0).id(), KnownAnswers.right(practiceItems.get(0)))
                .then().statusCode(200);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", slug)).post("/api/v1/decks")
                .then().statusCode(200).body("added", equalTo(6));

        Response started = QuizApiTest.quiz(learner, Map.of("bank", slug, "count", 6, "mode", "exam"));
        started.then().statusCode(201);
        seen.add(started.asString());
        String exam = started.jsonPath().getString("attemptId");
        Map<String, Delivered> delivered = KnownAnswers.of(exam);
        Delivered missed = delivered.get("ans-khad-service");
        seen.add(QuizApiTest.answer(learner, exam, missed.id(), KnownAnswers.wrong(missed)).then().statusCode(200)
                .body("recorded", equalTo(true)).extract().asString());

        // Card backs, practice (new or already open), earlier results: 409 exam-in-progress.
        for (long card : cardIds(learner, slug)) {
            seen.add(refused(TestUsers.as(learner).get("/api/v1/reviews/card/" + card)));
        }
        seen.add(refused(QuizApiTest.quiz(learner, Map.of("bank", slug, "count", 5, "mode", "practice"))));
        seen.add(refused(QuizApiTest.quiz(learner, Map.of("bank", slug, "count", 5, "mode", "exam"))));
        seen.add(refused(QuizApiTest.answer(learner, openPractice, practiceItems.get(1).id(),
                KnownAnswers.wrong(practiceItems.get(1)))));
        seen.add(refused(TestUsers.as(learner).get("/api/v1/quizzes/" + openPractice)));
        seen.add(refused(TestUsers.as(learner).get("/api/v1/quizzes/" + finishedPractice)));
        seen.add(refused(TestUsers.as(learner).post("/api/v1/quizzes/" + finishedPractice + "/finish")));

        // The review queue and its counts leave the bank out: nothing is due, so nothing tells the miss.
        TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(204);
        TestUsers.as(learner).get("/api/v1/reviews/next").then().statusCode(204);
        seen.add(TestUsers.as(learner).get("/api/v1/me/progress").then().statusCode(200)
                .body("dueNow", equalTo(0)).body("dueToday", equalTo(0)).extract().asString());

        // The pages say so in plain words, and show no key either.
        PageSession page = PageSession.openAs("/quizzes/" + exam, learner, TestUsers.PASSWORD);
        String examPage = page.get("/quizzes/" + exam).then().statusCode(200).extract().asString();
        assertTrue(examPage.contains("name=\"questionId\" value=\""), "the page answers by the delivered id");
        assertTrue(delivered.values().stream().anyMatch(d -> examPage.contains("value=\"" + d.id() + "\"")));
        seen.add(examPage);
        seen.add(page.get("/quizzes/" + finishedPractice + "/results").then().statusCode(409)
                .body(containsString("Finish your exam first")).body(containsString("/quizzes/" + exam)).extract().asString());
        seen.add(page.get("/quizzes/" + openPractice).then().statusCode(409)
                .body(containsString("Finish your exam first")).extract().asString());
        seen.add(page.get("/quizzes/new?bank=" + slug).then().statusCode(409)
                .body(containsString("Finish your exam first")).extract().asString());
        seen.add(page.post("/quizzes", "bank", slug, "count", "5", "mode", "practice").then().statusCode(409)
                .body(containsString("Finish your exam first")).extract().asString());
        seen.add(page.get("/review?bank=" + slug).then().statusCode(200)
                .body(containsString("wait for your exam")).body(containsString("0 due"))
                .body(containsString("0 new")).extract().asString());
        seen.add(page.get("/progress").then().statusCode(200).extract().asString());
        seen.add(page.get("/banks/" + slug).then().statusCode(200).extract().asString());

        // What the exam itself and the public bank view show: opaque ids only.
        seen.add(TestUsers.as(learner).get("/api/v1/quizzes/" + exam).then().statusCode(200).extract().asString());
        seen.add(TestUsers.as(learner).get("/api/v1/banks/" + slug).then().statusCode(200).extract().asString());
        seen.add(TestUsers.as(learner).get("/api/v1/quizzes").then().statusCode(200).extract().asString());
        assertNoKeyIn(seen);

        // Finishing opens everything again; the missed question is due at once, ahead of the new cards.
        JsonPath result = TestUsers.as(learner).post("/api/v1/quizzes/" + exam + "/finish").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("items.find { it.questionId == '" + missed.id() + "' }.correct", equalTo(false))
                .body("items[0]", not(hasKey("reportId")))
                .extract().jsonPath();
        assertNoKeyIn(List.of(result.prettify()));
        JsonPath next = TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Which security service did he lead?", next.getString("front"), "the exam's miss comes first");
        assertFalse(Instant.parse(next.getString("due")).isAfter(new TestClock().instant()), "due at once");
        assertNoKeyIn(List.of(next.prettify()));
        String back = TestUsers.as(learner).get("/api/v1/reviews/card/" + next.getLong("cardId")).then().statusCode(200)
                .header("Cache-Control", "no-store").body("back.answer", equalTo("KHAD")).extract().asString();
        assertNoKeyIn(List.of(back));
        TestUsers.as(learner).get("/api/v1/quizzes/" + finishedPractice).then().statusCode(200);
        QuizApiTest.start(learner, slug, 5, "practice");
    }

    @Test
    void missesOfAnExamThatRanOutOfTimeJoinTheQueueWhenItIsClosed() {
        String slug = TestBanks.load(BANK.formatted("overdue-" + System.nanoTime()));
        String learner = TestUsers.learner("overdue");
        String exam = QuizApiTest.startExam(learner, slug, 5, 60).getString("attemptId");
        Delivered first = KnownAnswers.of(exam).values().iterator().next();
        QuizApiTest.answer(learner, exam, first.id(), KnownAnswers.wrong(first)).then().statusCode(200);
        TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(204);

        TestClock.advance(Duration.ofSeconds(61));
        // The scheduled sweep may get there first: either way the exam is closed by the same code.
        Arc.container().instance(OverdueExams.class).get().closeOverdue();

        TestUsers.as(learner).get("/api/v1/quizzes/" + exam).then().statusCode(200)
                .body("finishedAt", org.hamcrest.Matchers.notNullValue()).body("score", equalTo(0.0f));
        TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(200)
                .body("front", org.hamcrest.Matchers.endsWith(first.spec().prompt())).body("state", equalTo("new"));
    }

    @Test
    void practiceMissesStillJoinTheQueueAtOnce() {
        String slug = TestBanks.load(BANK.formatted("practice-" + System.nanoTime()));
        String learner = TestUsers.learner("practicemiss");
        String attempt = QuizApiTest.start(learner, slug, 5, "practice").getString("attemptId");
        Delivered first = KnownAnswers.of(attempt).values().iterator().next();
        QuizApiTest.answer(learner, attempt, first.id(), KnownAnswers.wrong(first)).then().statusCode(200)
                .header("Cache-Control", "no-store").body("correct", equalTo(false));
        TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + slug).then().statusCode(200)
                .body("front", org.hamcrest.Matchers.endsWith(first.spec().prompt())); // a true/false front adds its cue
    }

    @Test
    void theExamPageShowsTheSavedAnswerAndTakesAChange() {
        String slug = TestBanks.load(BANK.formatted("change-" + System.nanoTime()));
        String learner = TestUsers.learner("pagechange");
        String exam = QuizApiTest.quiz(learner, Map.of("bank", slug, "count", 6, "mode", "exam")).then().statusCode(201)
                .extract().path("attemptId");
        Map<String, Delivered> known = KnownAnswers.of(exam);
        Delivered geneva = known.get("ans-geneva-accords");
        int number = List.copyOf(known.keySet()).indexOf("ans-geneva-accords") + 1;
        String wrongChoice = (String) KnownAnswers.wrong(geneva).get("choice");
        String rightChoice = (String) KnownAnswers.right(geneva).get("choice");
        PageSession page = PageSession.openAs("/quizzes/" + exam + "?q=" + number, learner, TestUsers.PASSWORD);

        page.post("/quizzes/" + exam + "/answer", "questionId", geneva.id(), "choice", wrongChoice).then().statusCode(303);
        page.get("/quizzes/" + exam + "?q=" + number).then().statusCode(200)
                .body(containsString("Your answer is saved"))
                .body(containsString("value=\"" + wrongChoice + "\" required checked"))
                .body(containsString("Save the new answer"));
        page.post("/quizzes/" + exam + "/answer", "questionId", geneva.id(), "choice", rightChoice).then().statusCode(303);
        page.get("/quizzes/" + exam + "?q=" + number).then().statusCode(200)
                .body(containsString("value=\"" + rightChoice + "\" required checked"));
        TestUsers.as(learner).post("/api/v1/quizzes/" + exam + "/finish").then().statusCode(200)
                .body("items.find { it.questionId == '" + geneva.id() + "' }.correct", equalTo(true));
    }

    private static String refused(Response r) {
        return r.then().statusCode(409).body("error", equalTo("exam-in-progress"))
                .body("message", containsString("exam")).extract().asString();
    }

    private static void assertNoKeyIn(List<String> bodies) {
        for (String body : bodies) {
            for (String key : KEYS) {
                assertFalse(body.contains(key), "a learner-visible response names the key " + key + ":\n" + body);
            }
        }
    }

    private static List<Long> cardIds(String learner, String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>list("user.username = ?1 and bank.slug = ?2",
                learner, slug).stream().map(c -> c.id).toList());
    }
}
