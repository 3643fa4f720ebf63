package org.tarikh.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.KnownAnswers.Delivered;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/**
 * A GIFT file as Moodle writes it, imported and then taken as a practice quiz: what learners are served and how
 * they are scored (issue #14): partial credit of text and numbers, per-answer feedback, a matching distractor.
 */
@QuarkusTest
class ImportedGiftInQuizTest {

    private static final String GIFT = """
            ::town:: Najibullah's family came from {
                =Gardez # Right: in Paktia.
                =%75%Gardes # Nearly: it is spelt Gardez.
            }.

            ::born:: In which year was Najibullah born? {#
                =1947:0 # Exactly.
                =%50%1947:2 # Close.
                ~ # Not near it.
            }

            ::capital:: Kabul is the capital of Afghanistan. {T#No: Kabul is the capital.#Yes.}

            ::service:: Which service did he lead from 1980? {
                =KHAD # He headed KHAD.
                ~KAM # KAM came before KHAD.
            }

            ::posts:: Match each office with its holder. {
                =KHAD -> Najibullah
                =PDPA 1980 -> Babrak Karmal
                = -> Hafizullah Amin
            }
            """;

    @Test
    void importedQuestionsAreServedAndScoredAsMoodleMeansThem() {
        String teacher = TestUsers.teacher("giftquiz");
        String slug = TeacherBanks.create(teacher, "giftquiz");
        TestUsers.as(teacher).contentType("text/plain; charset=UTF-8").body(GIFT)
                .post("/api/v1/banks/" + slug + "/import?format=gift").then().statusCode(200).body("imported", equalTo(5));
        JsonPath quiz = QuizApiTest.start(teacher, slug, 5, "practice");
        String attempt = quiz.getString("attemptId");
        Map<String, Delivered> known = KnownAnswers.of(attempt);
        Delivered posts = known.get("posts");
        assertEquals(3, ((List<?>) quiz.getList("questions.find { it.id == '" + posts.id() + "' }.right")).size(),
                "the distractor is offered");

        QuizApiTest.answer(teacher, attempt, known.get("town").id(), Map.of("text", "gardes")).then().statusCode(200)
                .body("score", equalTo(0.75f)).body("feedback", equalTo("Nearly: it is spelt Gardez."));
        QuizApiTest.answer(teacher, attempt, known.get("born").id(), Map.of("value", 1948)).then()
                .body("score", equalTo(0.5f)).body("feedback", equalTo("Close."));
        QuizApiTest.answer(teacher, attempt, known.get("capital").id(), Map.of("value", false)).then()
                .body("score", equalTo(0.0f)).body("feedback", equalTo("No: Kabul is the capital."));
        Delivered service = known.get("service");
        QuizApiTest.answer(teacher, attempt, service.id(), KnownAnswers.wrong(service)).then()
                .body("feedback", equalTo("KAM came before KHAD."));
        Body.Match match = (Body.Match) posts.spec().body();
        assertEquals(List.of("Hafizullah Amin"), match.extra());
        String distractor = posts.delivery().right().stream().filter(o -> o.index() == 2).findFirst().orElseThrow().id();
        String karmal = posts.delivery().right().stream().filter(o -> o.index() == 1).findFirst().orElseThrow().id();
        QuizApiTest.answer(teacher, attempt, posts.id(), Map.of("pairs", Map.of(
                posts.delivery().left().get(0).id(), distractor, posts.delivery().left().get(1).id(), karmal)))
                .then().statusCode(200).body("score", equalTo(0.5f));

        TestUsers.as(teacher).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200)
                .body("items.find { it.questionId == '" + known.get("born").id() + "' }.feedback", equalTo("Close."));
        PageSession.openAs("/quizzes/" + attempt + "/results", teacher, TestUsers.PASSWORD)
                .get("/quizzes/" + attempt + "/results").then().statusCode(200)
                .body(containsString("Nearly: it is spelt Gardez.")).body(containsString("KAM came before KHAD."));
    }
}
