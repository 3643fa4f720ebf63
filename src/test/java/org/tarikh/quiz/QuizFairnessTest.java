package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TestBanks;
import org.tarikh.support.TestUsers;

/** Partial credit through the API, and choices whose ids and places never tell the answer. */
@QuarkusTest
class QuizFairnessTest {

    private static final String BANK = """
            bank: %s
            title: "Partial credit"
            description: "Five questions with known partial scores."
            language: en
            questions:
              - id: posts
                type: multi
                topic: offices
                prompt: "Which posts did he hold?"
                choices: ["Head of KHAD", "General Secretary", "President", "King", "Prime Minister"]
                answers: ["Head of KHAD", "General Secretary", "President"]
                explanation: "Three of these."
                source: { section: "Early life and career" }
              - id: sequence
                type: order
                topic: dates
                prompt: "Oldest first."
                items: ["A 1965", "B 1977", "C 1980", "D 1986"]
                explanation: "By year."
                source: { section: "Early life and career" }
              - id: holders
                type: match
                topic: people
                prompt: "Match."
                pairs:
                  - { left: "KHAD", right: "Najibullah" }
                  - { left: "Defence", right: "Tanai" }
                  - { left: "Army", right: "Dostum" }
                  - { left: "Council", right: "Karmal" }
                explanation: "Four holders."
                source: { section: "Early life and career" }
              - id: accords
                type: cloze
                topic: events
                prompt: "Fill in the blanks."
                text: "The {{Geneva Accords}} were signed in {{1988}}."
                explanation: "1988."
                source: { section: "Soviet withdrawal" }
              - id: service
                type: single
                topic: offices
                prompt: "Which service did he lead?"
                choices: ["KHAD", "Sarandoy", "KGB", "ISI"]
                answer: "KHAD"
                explanation: "KHAD."
                source: { section: "Early life and career" }
            """;

    @Test
    void partialAnswersEarnTheirPartialScores() {
        String slug = TestBanks.load(BANK.formatted("partial-" + System.nanoTime()));
        String learner = TestUsers.learner("partial");
        String id = QuizApiTest.start(learner, slug, 5, "practice").getString("attemptId");
        Map<String, KnownAnswers.Delivered> known = KnownAnswers.of(id);
        var d = known.get("posts").delivery();
        assertScore(learner, id, known.get("posts"), Map.of("choices", List.of(KnownAnswers.id(d.choices(), 0),
                KnownAnswers.id(d.choices(), 1), KnownAnswers.id(d.choices(), 3))), 1.0 / 3);
        var o = known.get("sequence").delivery();
        assertScore(learner, id, known.get("sequence"), Map.of("order", List.of(KnownAnswers.id(o.items(), 1),
                KnownAnswers.id(o.items(), 0), KnownAnswers.id(o.items(), 2), KnownAnswers.id(o.items(), 3))), 5.0 / 6);
        var m = known.get("holders").delivery();
        assertScore(learner, id, known.get("holders"), Map.of("pairs", Map.of(
                KnownAnswers.id(m.left(), 0), KnownAnswers.id(m.right(), 0),
                KnownAnswers.id(m.left(), 1), KnownAnswers.id(m.right(), 1),
                KnownAnswers.id(m.left(), 2), KnownAnswers.id(m.right(), 3),
                KnownAnswers.id(m.left(), 3), KnownAnswers.id(m.right(), 2))), 0.5);
        assertScore(learner, id, known.get("accords"), Map.of("blanks", List.of("geneva accords", "1989")), 0.5);
        assertScore(learner, id, known.get("service"), KnownAnswers.right(known.get("service")), 1.0);
        JsonPath result = TestUsers.as(learner).post("/api/v1/quizzes/" + id + "/finish").then().statusCode(200)
                .body("maxScore", org.hamcrest.Matchers.equalTo(5)).extract().jsonPath();
        assertEquals(1.0 / 3 + 5.0 / 6 + 0.5 + 0.5 + 1.0, result.getDouble("score"), 1e-6);
    }

    @Test
    void acrossTwentyAttemptsTheRightChoiceHasNoFixedIdOrPlace() {
        String slug = TestBanks.load(BANK.formatted("fair-" + System.nanoTime()));
        String learner = TestUsers.learner("fair");
        Set<String> rightIds = new HashSet<>();
        Set<Integer> rightPositions = new HashSet<>();
        Set<List<String>> itemOrders = new HashSet<>();
        for (int n = 0; n < 20; n++) {
            JsonPath quiz = QuizApiTest.start(learner, slug, 5, "practice");
            String attempt = quiz.getString("attemptId");
            var known = KnownAnswers.of(attempt);
            var service = known.get("service");
            String rightId = KnownAnswers.id(service.delivery().choices(), 0);
            List<String> shownIds = quiz.getList("questions.find { it.id == '" + service.id() + "' }.choices.id");
            rightIds.add(rightId);
            rightPositions.add(shownIds.indexOf(rightId));
            List<String> items = quiz.getList("questions.find { it.id == '" + known.get("sequence").id() + "' }.items.text");
            itemOrders.add(items);
            assertTrue(!items.equals(List.of("A 1965", "B 1977", "C 1980", "D 1986")), "never shown in the right order");
        }
        assertEquals(20, rightIds.size(), "a fresh id every attempt");
        assertTrue(rightPositions.size() >= 3, "the right choice moves around: " + rightPositions);
        assertTrue(itemOrders.size() >= 5, "items are shuffled: " + itemOrders.size() + " distinct orders");
    }

    private static void assertScore(String learner, String attempt, KnownAnswers.Delivered question, Object response,
                                    double expected) {
        double score = QuizApiTest.answer(learner, attempt, question.id(), response).then().statusCode(200)
                .extract().jsonPath().getDouble("score");
        assertEquals(expected, score, 1e-6, question.spec().id());
    }
}
