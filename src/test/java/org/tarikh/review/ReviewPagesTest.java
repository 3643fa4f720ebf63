package org.tarikh.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** The review page over HTTP, as a browser without JavaScript uses it: start, show the answer, rate, undo. */
@QuarkusTest
class ReviewPagesTest {

    private static final Pattern REVEAL = Pattern.compile("reveal=(\\d+)");

    @Test
    void aLearnerStartsABankShowsTheAnswerRatesAndUndoes() {
        String learner = TestUsers.learner("review-page");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.post("/review/start", "bank", "najibullah-dates").then().statusCode(303)
                .header("Location", endsWith("/review?bank=najibullah-dates"));

        long first = shownCard(page);
        page.get("/review?bank=najibullah-dates&reveal=" + first).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("name=\"cardId\" value=\"" + first + "\""))
                .body(containsString("Again")).body(containsString("Easy"));

        page.post("/review/rate", "bank", "najibullah-dates", "cardId", String.valueOf(first), "rating", "3",
                "reviewId", UUID.randomUUID().toString()).then().statusCode(303)
                .header("Location", endsWith("/review?bank=najibullah-dates"));
        assertNotEquals(first, shownCard(page), "a card rated Good waits for its learning step");

        page.post("/review/undo", "bank", "najibullah-dates").then().statusCode(303)
                .header("Location", containsString("flash=undone"));
        assertEquals(first, shownCard(page), "after the undo the same card is back");
    }

    @Test
    void aRatingOutOfRangeIsABadRequestThatSaysWhy() {
        String learner = TestUsers.learner("review-page");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.post("/review/start", "bank", "najibullah-dates").then().statusCode(303);
        long card = shownCard(page);
        String body = page.post("/review/rate", "bank", "najibullah-dates", "cardId", String.valueOf(card),
                "rating", "9", "reviewId", UUID.randomUUID().toString()).then().statusCode(400).extract().asString();
        assertTrue(body.contains("The rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."), body);
    }

    private static long shownCard(PageSession page) {
        String html = page.get("/review?bank=najibullah-dates").then().statusCode(200).extract().asString();
        Matcher m = REVEAL.matcher(html);
        assertTrue(m.find(), "the page offers to show a card's answer");
        return Long.parseLong(m.group(1));
    }
}
