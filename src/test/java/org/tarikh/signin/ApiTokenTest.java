package org.tarikh.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ApiTokenTest {

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWhenRevoked() {
        String name = TestUsers.learner("tokens");
        Response created = TestUsers.as(name).contentType(ContentType.JSON).body(Map.of("name", "grading script"))
                .post("/api/v1/me/tokens");
        created.then().statusCode(201).body("name", equalTo("grading script")).header("Cache-Control", "no-store");
        String token = created.path("token");
        long id = ((Number) created.path("id")).longValue();
        assertTrue(token.length() > 40, token);

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo(name));
        TestUsers.as(name).get("/api/v1/me/tokens").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].name", equalTo("grading script"))
                .body("items[0].token", nullValue()).body("total", equalTo(1));
        assertFalse(TestUsers.as(name).get("/api/v1/me/tokens").asString().contains(token), "the secret is never listed");

        // Someone else cannot revoke it.
        TestUsers.as(TestUsers.learner("notmine")).delete("/api/v1/me/tokens/" + id).then().statusCode(404);
        given().auth().oauth2(token).delete("/api/v1/me/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("tarikh_made-up-token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenNeedsAName() {
        String name = TestUsers.learner("tokname");
        TestUsers.as(name).contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/v1/me/tokens")
                .then().statusCode(400).body("details[0].field", equalTo("name"));
    }

    @Test
    void theSettingsPageCreatesAndRevokesTokens() {
        String name = TestUsers.learner("tokpage");
        PageSession browser = PageSession.signIn(name, TestUsers.PASSWORD);
        browser.get("/settings");
        String page = browser.post("/settings/tokens", "name", "my laptop").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("value=\"(tarikh_[A-Za-z0-9_-]+)\"").matcher(page);
        assertTrue(m.find(), "the new token is shown once");
        given().auth().oauth2(m.group(1)).get("/api/v1/me").then().statusCode(200);

        String again = browser.get("/settings").asString();
        assertFalse(again.contains(m.group(1)), "and never again");
        Matcher revoke = Pattern.compile("action=\"(/settings/tokens/\\d+/revoke)\"").matcher(again);
        assertTrue(revoke.find());
        browser.post(revoke.group(1)).then().statusCode(303);
        given().auth().oauth2(m.group(1)).get("/api/v1/me").then().statusCode(401);
    }
}
