package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;
import org.tarikh.web.fuzz.FuzzRun;

/**
 * Sends malformed values to every operation of the OpenAPI document (the API and the pages' forms alike), as an
 * anonymous visitor, a learner and a teacher, and fails listing every request answered with a 5xx (or with no
 * HTTP answer at all). The seed is fixed, so a failure comes back the same on the next run.
 */
@QuarkusTest
class FuzzRoutesTest {

    private static final long SEED = 20_261_129L;

    @Test
    void noMalformedRequestIsAnsweredWithAServerError() throws Exception {
        String learner = TestUsers.learner("fuzz");
        String teacher = TestUsers.teacher("fuzz");
        String bank = TeacherBanks.create(teacher, "fuzz");
        for (int i = 1; i <= 5; i++) {
            TeacherBanks.add(teacher, bank, TeacherBanks.single("q" + i, "Which " + i + "?", List.of("A", "B")));
        }
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", bank, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("bank", bank)).post("/api/v1/decks")
                .then().statusCode(200);
        long card = TestUsers.as(learner).get("/api/v1/reviews/next?bank=" + bank).then().statusCode(200)
                .extract().jsonPath().getLong("cardId");
        long schoolClass = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Fuzz class"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");

        Map<String, String> ids = Map.of("slug", bank, "cardId", String.valueOf(card), "username", learner,
                "key", "q1", "assignmentId", "1");
        Function<String, Function<String, String>> validValues = path -> name -> {
            if (name.equals("id")) {
                return path.contains("/quizzes/") ? attempt : path.contains("/classes/") ? String.valueOf(schoolClass)
                        : path.contains("/questions/") ? "q1" : "1";
            }
            return ids.getOrDefault(name, "1");
        };
        JsonNode openApi = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Map<String, FuzzRun.User> users = new LinkedHashMap<>();
        users.put("anonymous", user(null));
        users.put("learner", user(learner));
        users.put("teacher", user(teacher));

        FuzzRun run = new FuzzRun(RestAssured.port, new Random(SEED));
        run.sendToEvery(openApi, users, validValues);

        org.jboss.logging.Logger.getLogger(FuzzRoutesTest.class).infof("%d malformed requests sent", run.sent());
        assertTrue(run.sent() >= 2000, "only " + run.sent() + " requests were sent");
        assertTrue(run.serverErrors().isEmpty(), run.serverErrors().size() + " of " + run.sent()
                + " malformed requests were answered with a server error:\n" + String.join("\n", run.serverErrors()));
        assertTrue(run.apiErrorsWithoutBody().isEmpty(), run.apiErrorsWithoutBody().size()
                + " API refusals came without the error body:\n" + String.join("\n", run.apiErrorsWithoutBody()));
    }

    /**
     * The user's sign-in and CSRF cookies, and the form token that goes with them. Signed in once through the
     * sign-in form: HTTP Basic would cost a bcrypt hash on every one of the thousands of requests.
     */
    private static FuzzRun.User user(String username) {
        PageSession page = username == null ? PageSession.open("/login") : PageSession.signIn(username, TestUsers.PASSWORD);
        Map<String, String> cookies = new LinkedHashMap<>();
        cookies.put(PageSession.VISITOR_CSRF_COOKIE, page.visitorCsrfCookie());
        if (username != null) {
            cookies.put(PageSession.SESSION_COOKIE, page.sessionCookie());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; ")));
        headers.put("X-CSRF-Token", page.token());
        // Malformed sign-ins count as failures: from an address of their own (the test profile trusts the header),
        // so that the throttle never closes 127.0.0.1 for the tests that run after this one.
        headers.put("X-Forwarded-For", "198.51.100.250");
        return new FuzzRun.User(headers, page.token(), username != null);
    }
}
