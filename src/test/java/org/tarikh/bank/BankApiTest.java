package org.tarikh.bank;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

@QuarkusTest
class BankApiTest {

    private static final Set<String> ANSWER_FIELDS = Set.of("answer", "answers", "accept", "text", "pairs", "back",
            "front", "explanation", "correct", "tolerance");

    @Test
    void theListShowsEveryCuratedBankWithCountsAndTopics() {
        given().queryParam("size", 100).get("/api/v1/banks").then().statusCode(200)
                .body("items.slug", hasItems("najibullah-offices", "najibullah-dates", "najibullah-policies",
                        "najibullah-events", "najibullah-people"))
                .body("items.find { it.slug == 'najibullah-dates' }.questionCount", greaterThan(10))
                .body("items.find { it.slug == 'najibullah-dates' }.topics", hasItems("dates"))
                .body("items.find { it.slug == 'najibullah-dates' }.owner", equalTo(null))
                .body("total", greaterThan(4));
    }

    @Test
    void aBankShowsItsQuestionsWithoutAnyAnswer() {
        for (String slug : List.of("najibullah-offices", "najibullah-dates", "najibullah-policies",
                "najibullah-events", "najibullah-people")) {
            JsonPath json = given().get("/api/v1/banks/" + slug).then().statusCode(200)
                    .body("slug", equalTo(slug)).extract().jsonPath();
            List<Map<String, Object>> questions = json.getList("questions");
            assertFalse(questions.isEmpty());
            Map<String, QuestionSpec> specs = specsOf(slug);
            for (Map<String, Object> q : questions) {
                for (String field : ANSWER_FIELDS) {
                    assertFalse(q.containsKey(field), slug + "/" + q.get("id") + " carries " + field);
                }
                QuestionSpec spec = specs.get((String) q.get("id"));
                assertNoAnswerLeaks(spec, q);
            }
        }
    }

    @Test
    void aBanksQuestionsComeInPagesUnderIdsThatAreNotTheirKeys() {
        String slug = "najibullah-offices";
        JsonPath all = given().queryParam("size", 100).get("/api/v1/banks/" + slug).then().statusCode(200)
                .extract().jsonPath();
        int total = all.getInt("total");
        List<String> ids = all.getList("questions.id");
        assertEquals(all.getInt("questionCount"), total);
        assertEquals(Math.min(total, 100), ids.size());
        Set<String> keys = QuarkusTransaction.requiringNew().call(() -> Question.listLive(Bank.findBySlug(slug).orElseThrow())
                .stream().map(q -> q.key).collect(java.util.stream.Collectors.toSet()));
        for (String key : keys) {
            assertFalse(ids.contains(key), "the key " + key + " is shown");
            assertFalse(all.prettify().contains(key), "the key " + key + " appears in the bank view");
        }

        given().get("/api/v1/banks/" + slug).then().statusCode(200).body("questions.size()", equalTo(Math.min(total, 50)))
                .body("total", equalTo(total));
        given().queryParam("page", 1).queryParam("size", 3).get("/api/v1/banks/" + slug).then().statusCode(200)
                .body("questions.id", equalTo(ids.subList(3, 6))).body("total", equalTo(total));
        given().queryParam("page", total).queryParam("size", 1).get("/api/v1/banks/" + slug).then().statusCode(200)
                .body("questions", equalTo(List.of())).body("total", equalTo(total));
        // A page no list could reach (page × size beyond a whole number) is refused, as on every list.
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/v1/banks/" + slug).then()
                .statusCode(400).body("details.field", hasItems("page"));
        for (String[] bad : new String[][] {{"page", "-1"}, {"page", "abc"}, {"page", "99999999999"}, {"size", "0"},
                {"size", "101"}, {"size", "-5"}, {"size", "2.5"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/banks/" + slug).then().statusCode(400)
                    .body("error", equalTo("invalid-input")).body("details.field", hasItems(bad[0]));
        }
    }

    @Test
    void anUnknownBankIs404() {
        given().get("/api/v1/banks/no-such-bank").then().statusCode(404).body("error", equalTo("not-found"));
    }

    /** The delivered values may show choices and items, but never in an order or form that tells the answer. */
    private static void assertNoAnswerLeaks(QuestionSpec spec, Map<String, Object> delivered) {
        String prompt = (String) delivered.get("prompt");
        Body body = spec.body();
        if (body instanceof Body.Text t) {
            for (String a : t.accept()) {
                boolean authoredInPrompt = spec.prompt().toLowerCase().contains(a.toLowerCase());
                assertFalse(!authoredInPrompt && prompt.toLowerCase().contains(a.toLowerCase()),
                        spec.id() + " leaks an accepted text");
            }
        } else if (body instanceof Body.Cloze) {
            assertFalse(prompt.contains("{{"), spec.id() + " shows its blanks");
        } else if (body instanceof Body.Order o) {
            assertTrue(!o.items().equals(delivered.get("items")) || sortedEqualsAuthored(o.items()),
                    spec.id() + " lists its items in the right order");
        } else if (body instanceof Body.Card card) {
            assertFalse(prompt.contains(card.back()), spec.id() + " shows its back");
        }
    }

    private static boolean sortedEqualsAuthored(List<String> items) {
        return items.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList().equals(items);
    }

    private static Map<String, QuestionSpec> specsOf(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Bank bank = Bank.findBySlug(slug).orElseThrow();
            return Question.listLive(bank).stream()
                    .collect(java.util.stream.Collectors.toMap(q -> String.valueOf(q.id), Question::spec));
        });
    }
}
