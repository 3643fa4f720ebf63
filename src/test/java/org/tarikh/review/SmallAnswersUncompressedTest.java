package org.tarikh.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/**
 * The answers a study session repeats (the next card, a review, a quiz answer: a few hundred bytes) are sent as they
 * are even to a client that accepts gzip, as browsers do; pages still come compressed. Each route is asked twice, so
 * that the second request takes the route ahead of sign-in ({@link ReviewRoutes}) as well as the REST layer's.
 */
@QuarkusTest
class SmallAnswersUncompressedTest {

    private static final String BANK = "najibullah-dates";

    @Test
    void theStudyCallsAnswerUncompressedWhilePagesAreCompressed() {
        String learner = TestUsers.learner("gzip");
        ReviewRoutesTest.deck(learner);
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        String token = ReviewRoutesTest.token(learner);

        // the control: the same client gets a page compressed
        browserAcceptingGzip(browser).get("/")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));

        for (int i = 0; i < 2; i++) {
            long card = uncompressed(acceptingGzip().auth().oauth2(token).get("/api/v1/reviews/next?bank=" + BANK))
                    .extract().jsonPath().getLong("cardId");
            uncompressed(browserAcceptingGzip(browser)
                    .get("/api/v1/reviews/next?bank=" + BANK));
            uncompressed(browserAcceptingGzip(browser)
                    .header("X-CSRF-Token", browser.token()).contentType(ContentType.JSON).body(aReview(card))
                    .post("/api/v1/reviews"));
            uncompressed(acceptingGzip().auth().oauth2(token).contentType(ContentType.JSON).body(aReview(card))
                    .post("/api/v1/reviews"));
        }

        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", BANK, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        KnownAnswers.Delivered item = KnownAnswers.of(attempt).values().iterator().next();
        uncompressed(browserAcceptingGzip(browser)
                .header("X-CSRF-Token", browser.token()).contentType(ContentType.JSON)
                .body(Map.of("questionId", item.id(), "response", KnownAnswers.right(item)))
                .post("/api/v1/quizzes/" + attempt + "/answers"));
    }

    private static Map<String, Object> aReview(long card) {
        return Map.of("cardId", card, "rating", 3, "reviewId", UUID.randomUUID().toString());
    }

    /** A client that asks for gzip and shows the response as it came, Content-Encoding included. */
    private static RequestSpecification acceptingGzip() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip");
    }

    private static RequestSpecification browserAcceptingGzip(PageSession browser) {
        return acceptingGzip().cookie(PageSession.SESSION_COOKIE, browser.sessionCookie());
    }

    private static ValidatableResponse uncompressed(Response response) {
        return response.then().statusCode(200).header("Content-Encoding", not(equalTo("gzip")))
                .header("Content-Encoding", nullValue());
    }
}
