package org.tarikh.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tarikh.review.Card;
import org.tarikh.support.TestBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ProgressApiTest {

    private static final String BANK = """
            bank: %s
            title: "Progress"
            description: "Five cards in two topics."
            language: en
            questions:
              - { id: a, type: card, topic: offices, front: "A?", back: "A.", explanation: "A.", source: { section: "Early life and career" } }
              - { id: b, type: card, topic: offices, front: "B?", back: "B.", explanation: "B.", source: { section: "Early life and career" } }
              - { id: c, type: card, topic: offices, front: "C?", back: "C.", explanation: "C.", source: { section: "Early life and career" } }
              - { id: d, type: card, topic: events, front: "D?", back: "D.", explanation: "D.", source: { section: "Soviet withdrawal" } }
              - { id: e, type: card, topic: events, front: "E?", back: "E.", explanation: "E.", source: { section: "Soviet withdrawal" } }
            """;

    @Test
    void progressMatchesAScriptedHistory() {
        String slug = TestBanks.load(BANK.formatted("progress-" + System.nanoTime()));
        // A time zone where it is around noon now, so that "today" cannot roll over during the test.
        String learner = TestUsers.learnerAtLocalHour("progress", 12);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", slug)).post("/api/v1/decks")
                .then().statusCode(200);
        long a = cardId(learner, slug, "a");
        long b = cardId(learner, slug, "b");
        long c = cardId(learner, slug, "c");
        review(learner, a, 4);   // new -> review
        review(learner, a, 1);   // review, forgotten -> relearning
        review(learner, b, 4);   // new -> review
        review(learner, b, 3);   // review, recalled
        review(learner, c, 3);   // new -> learning

        JsonPath p = TestUsers.as(learner).get("/api/v1/me/progress").then().statusCode(200).extract().jsonPath();
        assertEquals(0, p.getInt("dueNow"), "nothing due this minute");
        assertEquals(2, p.getInt("dueToday"), "a (relearning) and c (learning) come back in 10 minutes");
        assertEquals(5, p.getInt("reviewsToday"));
        assertEquals(1, p.getInt("streakDays"));
        assertEquals(0.5, p.getDouble("retention30d"), 1e-9, "one of two review-state cards recalled");

        List<Map<String, Object>> topics = p.getList("topics");
        Map<String, Object> offices = topics.stream().filter(t -> "offices".equals(t.get("topic"))).findFirst().orElseThrow();
        Map<String, Object> events = topics.stream().filter(t -> "events".equals(t.get("topic"))).findFirst().orElseThrow();
        assertEquals(slug, offices.get("bank"));
        assertEquals(3, offices.get("questions"));
        assertEquals(3, offices.get("seen"));
        double mastery = ((Number) offices.get("mastery")).doubleValue();
        assertTrue(mastery > 0.9 && mastery <= 1.0, "all three seen today: recall is near 1, got " + mastery);
        assertEquals(0, events.get("seen"));
        assertEquals(0.0, ((Number) events.get("mastery")).doubleValue());

        List<Map<String, Object>> forecast = p.getList("forecast");
        assertEquals(30, forecast.size());
        assertEquals(2, forecast.get(0).get("due"), "today");
        assertEquals(3, forecast.stream().mapToInt(d -> (Integer) d.get("due")).sum(), "b comes due within the month");
        List<Map<String, Object>> heatmap = p.getList("heatmap");
        assertEquals(5, heatmap.get(heatmap.size() - 1).get("due"), "today's square counts five reviews");
        assertNotNull(p.get("quizzes"));
    }

    @Test
    void aNewLearnerHasAnEmptyButCompleteProgress() {
        String learner = TestUsers.learner("fresh");
        JsonPath p = TestUsers.as(learner).get("/api/v1/me/progress").then().statusCode(200).extract().jsonPath();
        for (String field : List.of("dueNow", "dueToday", "reviewsToday", "streakDays", "topics", "forecast")) {
            assertTrue(p.getMap("").containsKey(field), field);
        }
        assertNull(p.get("retention30d"));
        assertEquals(0, p.getInt("streakDays"));
        TestUsers.as(learner).get("/progress").then().statusCode(200);
    }

    private static long cardId(String learner, String slug, String key) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>find(
                "user.username = ?1 and bank.slug = ?2 and questionKey = ?3", learner, slug, key).singleResult().id);
    }

    private static void review(String learner, long card, int rating) {
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", rating, "reviewId", UUID.randomUUID().toString()))
                .post("/api/v1/reviews").then().statusCode(200);
    }
}
