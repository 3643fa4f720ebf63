package org.tarikh.cards;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

@QuarkusTest
class CardBrowserTest {

    private static final String BANK = "najibullah-dates";

    @Test
    void searchFindsMyCardsByTextBankTopicAndState() {
        String learner = TestUsers.learner("browse");
        deck(learner, BANK);
        deck(learner, "najibullah-offices");
        JsonPath all = TestUsers.as(learner).get("/api/v1/cards?size=100").then().statusCode(200).extract().jsonPath();
        int total = all.getInt("total");
        assertTrue(total > 20, "both banks' cards: " + total);

        JsonPath dates = TestUsers.as(learner).queryParam("bank", BANK).get("/api/v1/cards").then().statusCode(200)
                .body("items.bank", everyItem(equalTo(BANK))).extract().jsonPath();
        assertTrue(dates.getInt("total") < total);

        // A word of one card's front finds that card.
        String front = dates.getString("items[0].front");
        String word = longestWord(front);
        TestUsers.as(learner).queryParam("q", word).get("/api/v1/cards").then().statusCode(200)
                .body("items.cardId", hasItem(dates.getInt("items[0].cardId")))
                .body("items.front", everyItem(containsString(word)));

        String topic = dates.getString("items[0].topic");
        TestUsers.as(learner).queryParam("topic", topic).get("/api/v1/cards").then().statusCode(200)
                .body("items.topic", everyItem(equalTo(topic)));
        TestUsers.as(learner).queryParam("state", "review").get("/api/v1/cards").then().statusCode(200)
                .body("total", equalTo(0));
        TestUsers.as(learner).queryParam("q", "no card says zzqqxx").get("/api/v1/cards").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        TestUsers.as(learner).queryParam("state", "buried").get("/api/v1/cards").then().statusCode(400)
                .body("details.field", hasItem("state"));
        TestUsers.as(learner).queryParam("size", 1000).get("/api/v1/cards").then().statusCode(400);
    }

    @Test
    void searchingNeverMatchesAnAnswer() {
        String learner = TestUsers.learner("noleak");
        deck(learner, "najibullah-policies");
        // "veto" is a blank of a cloze in this bank, not in any front: the blanks are not searched.
        JsonPath found = TestUsers.as(learner).queryParam("q", "veto").get("/api/v1/cards").then().statusCode(200)
                .extract().jsonPath();
        found.getList("items.front", String.class).forEach(f ->
                assertTrue(f.toLowerCase().contains("veto"), "only fronts that show the word: " + f));
    }

    @Test
    void suspendedCardsLeaveTheQueueAndEveryCount() {
        String learner = TestUsers.learner("suspend");
        deck(learner, BANK);
        long first = next(learner).getLong("cardId");
        int newBefore = next(learner).getInt("counts.newCards");
        TestUsers.as(learner).post("/api/v1/cards/" + first + "/suspend").then().statusCode(200)
                .body("card.suspended", equalTo(true)).body("card.state", equalTo("new"));
        JsonPath after = next(learner);
        assertFalse(after.getLong("cardId") == first, "the suspended card is not offered");
        TestUsers.as(learner).get("/api/v1/decks").then().statusCode(200)
                .body("items.find { it.bank == '" + BANK + "' }.new", equalTo(Math.min(newBefore, after.getInt("counts.newCards"))));
        TestUsers.as(learner).queryParam("state", "suspended").get("/api/v1/cards").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].cardId", equalTo((int) first));
        TestUsers.as(learner).queryParam("state", "new").get("/api/v1/cards").then().statusCode(200)
                .body("items.cardId", not(hasItem((int) first)));
        // A review sent for it anyway is refused.
        review(learner, first, 3).then().statusCode(409);

        TestUsers.as(learner).post("/api/v1/cards/" + first + "/unsuspend").then().statusCode(200)
                .body("card.suspended", equalTo(false));
        assertEquals(first, next(learner).getLong("cardId"), "back at its place in the new cards");
    }

    @Test
    void aSuspendedDueCardIsNotCountedOnProgressOrHome() {
        String learner = TestUsers.learnerAtLocalHour("suspdue", 12); // the one-minute step stays within today
        deck(learner, BANK);
        long card = next(learner).getLong("cardId");
        review(learner, card, 1).then().statusCode(200); // learning, due in a minute
        TestUsers.as(learner).get("/api/v1/decks").then()
                .body("items.find { it.bank == '" + BANK + "' }.learning", equalTo(1));
        TestUsers.as(learner).post("/api/v1/cards/" + card + "/suspend").then().statusCode(200);
        TestUsers.as(learner).get("/api/v1/decks").then()
                .body("items.find { it.bank == '" + BANK + "' }.learning", equalTo(0));
        TestUsers.as(learner).get("/api/v1/me/progress").then().statusCode(200).body("dueToday", equalTo(0));
    }

    @Test
    void aCardShowsItsHistoryAndNextIntervalsAndResetKeepsTheHistory() {
        String learner = TestUsers.learner("history");
        deck(learner, BANK);
        long card = next(learner).getLong("cardId");
        review(learner, card, 3).then().statusCode(200);
        review(learner, card, 3).then().statusCode(200);
        TestUsers.as(learner).get("/api/v1/cards/" + card).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("card.state", equalTo("review")).body("card.reps", equalTo(2))
                .body("history.size()", equalTo(2)).body("history[0].rating", equalTo(3))
                .body("history[0].ratingName", equalTo("Good")).body("history[0].stateBefore", equalTo("new"))
                .body("history[0].reviewedAt", notNullValue())
                .body("intervals.again", notNullValue()).body("intervals.easy", notNullValue())
                .body("back.answer", notNullValue());

        TestUsers.as(learner).post("/api/v1/cards/" + card + "/reset").then().statusCode(200)
                .body("card.state", equalTo("new")).body("card.reps", equalTo(0)).body("card.lapses", equalTo(0))
                .body("history.size()", equalTo(2)).body("intervals.good", equalTo("10m"));
        // Undo cannot bring back the state from before the reset.
        TestUsers.as(learner).post("/api/v1/reviews/undo").then().statusCode(409);
        TestUsers.as(learner).get("/api/v1/cards/" + card).then().body("history.size()", equalTo(2))
                .body("card.state", equalTo("new"));
    }

    @Test
    void anotherLearnersCardIsNotFoundAndNothingChanges() {
        String owner = TestUsers.learner("cowner");
        String other = TestUsers.learner("cother");
        deck(owner, BANK);
        long card = next(owner).getLong("cardId");
        TestUsers.as(other).get("/api/v1/cards/" + card).then().statusCode(404);
        TestUsers.as(other).post("/api/v1/cards/" + card + "/suspend").then().statusCode(404);
        TestUsers.as(other).post("/api/v1/cards/" + card + "/reset").then().statusCode(404);
        TestUsers.as(other).get("/api/v1/cards").then().statusCode(200).body("total", equalTo(0));
        PageSession page = PageSession.signIn(other, TestUsers.PASSWORD);
        assertEquals(404, page.get("/cards/" + card).statusCode());
        assertEquals(404, page.post("/cards/" + card + "/suspend").statusCode());
        TestUsers.as(owner).get("/api/v1/cards/" + card).then().body("card.suspended", equalTo(false));
        io.restassured.RestAssured.given().get("/api/v1/cards").then().statusCode(401);
    }

    @Test
    void aCardsBackStaysHiddenWhileAnExamHoldsItsBank() {
        String learner = TestUsers.learner("cardexam");
        deck(learner, BANK);
        long card = next(learner).getLong("cardId");
        String exam = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", BANK, "count", 5, "mode", "exam")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        TestUsers.as(learner).get("/api/v1/cards/" + card).then().statusCode(200)
                .body("back", nullValue()).body("examInProgress", equalTo(exam)).body("card.front", notNullValue());
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String html = page.get("/cards/" + card).then().statusCode(200).extract().asString();
        assertTrue(html.contains("The answer is hidden while your exam on this bank is open"), html);
        assertFalse(html.contains("Answer:"), "no back on the page");
    }

    @Test
    void thePagesSearchAndActWithTheirForms() {
        String learner = TestUsers.learner("cardpage");
        deck(learner, BANK);
        long card = next(learner).getLong("cardId");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String list = page.get("/cards?bank=" + BANK + "&state=new").then().statusCode(200)
                .body(containsString("href=\"/cards/" + card + "?back=")).body(containsString("Cards 1–"))
                .extract().asString();
        assertTrue(list.contains("<option value=\"" + BANK + "\" selected>"), "the filter keeps its choice");
        page.get("/cards/" + card);
        var r = page.post("/cards/" + card + "/suspend", "back", "/cards?state=new&page=0");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").contains("/cards/" + card + "?flash=card-suspended"), r.header("Location"));
        page.get("/cards/" + card).then().statusCode(200).body(containsString("Unsuspend"))
                .body(containsString("status-suspended"));
        page.post("/cards/" + card + "/reset");
        page.post("/cards/" + card + "/unsuspend");
        TestUsers.as(learner).get("/api/v1/cards/" + card).then().body("card.suspended", equalTo(false));
        // A "back" link to somewhere else is not followed.
        assertFalse(page.post("/cards/" + card + "/suspend", "back", "https://evil.example/").header("Location")
                .contains("evil"));
        page.get("/cards?q=&state=&page=0").then().statusCode(200).body(containsString("Cards 1–"));
        page.get("/cards?state=nope").then().statusCode(400);
    }

    @Test
    void aQuizMissIsLabelledAsSuchAndReviewingItLeavesTheNewCardsAlone() {
        String learner = TestUsers.learner("missedlabel");
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-policies", "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().path("attemptId");
        var q = org.tarikh.support.KnownAnswers.of(attempt).values().iterator().next();
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("questionId", q.id(), "response", org.tarikh.support.KnownAnswers.wrong(q)))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200);
        JsonPath next = TestUsers.as(learner).queryParam("bank", "najibullah-policies").get("/api/v1/reviews/next")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(next.getBoolean("missedInQuiz"));
        assertEquals(1, next.getInt("counts.due"));
        assertEquals(0, next.getInt("counts.newCards"), "not counted as new as well");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.get("/review?bank=najibullah-policies").then().statusCode(200)
                .body(containsString("Missed in a quiz")).body(not(containsString("New card")));
        TestUsers.as(learner).get("/api/v1/cards").then().body("items[0].missedInQuiz", equalTo(true));
    }

    @Test
    void reviewingAQuizMissAndUndoingItMovesOnlyTheDueCount() {
        String learner = TestUsers.learner("missundo");
        deck(learner, "najibullah-policies");
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-policies", "count", 5, "mode", "practice"))
                .post("/api/v1/quizzes").then().statusCode(201).extract().path("attemptId");
        var q = org.tarikh.support.KnownAnswers.of(attempt).values().iterator().next();
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("questionId", q.id(), "response", org.tarikh.support.KnownAnswers.wrong(q)))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200);
        JsonPath before = TestUsers.as(learner).get("/api/v1/reviews/next").then().statusCode(200).extract().jsonPath();
        assertTrue(before.getBoolean("missedInQuiz"));
        review(learner, before.getLong("cardId"), 3).then().statusCode(200);
        JsonPath during = TestUsers.as(learner).get("/api/v1/reviews/next").then().statusCode(200).extract().jsonPath();
        TestUsers.as(learner).post("/api/v1/reviews/undo").then().statusCode(200);
        JsonPath after = TestUsers.as(learner).get("/api/v1/reviews/next").then().statusCode(200).extract().jsonPath();
        String seen = before.getMap("counts") + " / " + during.getMap("counts") + " / " + after.getMap("counts");
        assertEquals(before.getInt("counts.newCards"), during.getInt("counts.newCards"), seen);
        assertEquals(before.getInt("counts.due") - 1, during.getInt("counts.due"), seen);
        assertEquals(before.getMap("counts"), after.getMap("counts"), seen);
    }

    @Test
    void afterAnUndoEachCardIsCountedOnce() {
        String learner = TestUsers.learner("undocount");
        deck(learner, BANK);
        JsonPath before = next(learner);
        long card = before.getLong("cardId");
        review(learner, card, 3).then().statusCode(200);
        TestUsers.as(learner).post("/api/v1/reviews/undo").then().statusCode(200);
        JsonPath after = next(learner);
        assertEquals(card, after.getLong("cardId"));
        assertEquals(before.getInt("counts.newCards"), after.getInt("counts.newCards"));
        assertEquals(before.getInt("counts.due"), after.getInt("counts.due"));
        assertEquals(before.getInt("counts.learning"), after.getInt("counts.learning"));
    }

    private static String longestWord(String text) {
        String best = "";
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    static void deck(String user, String bank) {
        TestUsers.as(user).contentType(ContentType.JSON).body(Map.of("bank", bank)).post("/api/v1/decks")
                .then().statusCode(200).body("added", greaterThan(0));
    }

    static JsonPath next(String user) {
        return TestUsers.as(user).queryParam("bank", BANK).get("/api/v1/reviews/next").then().statusCode(200)
                .extract().jsonPath();
    }

    static io.restassured.response.Response review(String user, long card, int rating) {
        return TestUsers.as(user).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", rating, "reviewId", UUID.randomUUID().toString()))
                .post("/api/v1/reviews");
    }
}
