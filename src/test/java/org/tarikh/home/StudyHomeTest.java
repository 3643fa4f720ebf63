package org.tarikh.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** The signed-in home as a study home (Anki's deck list, Quizlet's "continue"), and its API twin. */
@QuarkusTest
class StudyHomeTest {

    @Test
    void theHomeShowsEachStudiedBankWithTheSameCountsAsTheDecksApi() {
        // Around noon for the learner: the card's one-minute step must fall within today's study day.
        String learner = TestUsers.livingAtLocalHour(registerWithDisplayName("home", "Lena Learner"), 12);
        for (String bank : new String[] {"najibullah-dates", "najibullah-people"}) {
            TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", bank)).post("/api/v1/decks")
                    .then().statusCode(200);
        }
        // One card of the dates bank studied: it is then in learning, and one new card of the daily 20 is used.
        int card = TestUsers.as(learner).get("/api/v1/reviews/next?bank=najibullah-dates").then().statusCode(200)
                .extract().path("cardId");
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("cardId", card, "rating", 1, "reviewId", java.util.UUID.randomUUID().toString()))
                .post("/api/v1/reviews").then().statusCode(200);

        JsonPath decks = TestUsers.as(learner).get("/api/v1/decks").then().statusCode(200).extract().jsonPath();
        assertEquals(2, decks.getList("items").size());
        Map<String, Object> dates = decks.getMap("items.find { it.bank == 'najibullah-dates' }");
        assertEquals(1, dates.get("learning"));
        assertEquals(19, dates.get("new"), "the shared daily limit of 20, one used");
        assertEquals(19, decks.getInt("items.find { it.bank == 'najibullah-people' }.new"), "the same limit for every bank");
        String title = (String) dates.get("title");
        // The review counts of one bank agree with the deck list.
        Map<String, Object> counts = TestUsers.as(learner).get("/api/v1/reviews/next?bank=najibullah-dates").then()
                .extract().jsonPath().getMap("counts");
        assertEquals(Map.of("newCards", 19, "learning", 1, "due", 0), counts);

        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.get("/").then().statusCode(200)
                .body(containsString("Welcome back, Lena Learner"))
                .body(containsString(title))
                .body(containsString("href=\"/review?bank=najibullah-dates\""))
                .body(containsString("19 new")).body(containsString("1 learning"))
                .body(containsString("one daily limit across all your banks"))
                .body(containsString("19 of 20</strong> left today"));
        page.get("/review?bank=najibullah-dates").then().statusCode(200)
                .body(containsString("<title>Review · " + title)).body(not(containsString("· najibullah-dates")));
    }

    @Test
    void anUnfinishedQuizIsOfferedToContinueAndAnOpenExamHoldsItsBankOutOfTheCounts() {
        String learner = TestUsers.learner("continue");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", "najibullah-offices"))
                .post("/api/v1/decks").then().statusCode(200);
        TestUsers.as(learner).get("/api/v1/decks").then().body("items.bank", equalTo(java.util.List.of("najibullah-offices")));
        String exam = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "count", 5, "mode", "exam")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");

        TestUsers.as(learner).get("/api/v1/decks").then().statusCode(200).body("items.size()", equalTo(0));
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.get("/").then().statusCode(200).body(containsString("Continue your exam"))
                .body(containsString("href=\"/quizzes/" + exam + "\"")).body(containsString("0 of 5 answered"));
    }

    @Test
    void theDecksApiNeedsASignedInCaller() {
        given().get("/api/v1/decks").then().statusCode(401);
    }

    private static String registerWithDisplayName(String prefix, String displayName) {
        String name = TestUsers.uniqueName(prefix);
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", TestUsers.PASSWORD,
                "displayName", displayName)).post("/api/v1/auth/register").then().statusCode(201);
        return name;
    }
}
