package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ErrorBodyTest {

    @Test
    void malformedJsonIs400WithTheErrorBody() {
        given().contentType(ContentType.JSON).body("{\"username\": \"abc\", ").post("/api/v1/auth/register")
                .then().statusCode(400).body("error", equalTo("malformed-json"))
                .body("message", notNullValue()).body("details", notNullValue());
        String name = TestUsers.learner("json");
        TestUsers.as(name).contentType(ContentType.JSON).body("not json at all").patch("/api/v1/me")
                .then().statusCode(400).body("error", equalTo("malformed-json"));
        TestUsers.asAdmin().contentType(ContentType.JSON).body("[1,2").put("/api/v1/users/" + name + "/role")
                .then().statusCode(400).body("error", equalTo("malformed-json"));
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        String name = TestUsers.learner("types");
        TestUsers.as(name).contentType(ContentType.JSON).body("{\"desiredRetention\": \"high\"}").patch("/api/v1/me")
                .then().statusCode(400).body("details.field", hasItem("desiredRetention"))
                .body("message", containsString("desiredRetention"));
        TestUsers.as(name).contentType(ContentType.JSON).body("{\"newCardsPerDay\": [1]}").patch("/api/v1/me")
                .then().statusCode(400).body("details.field", hasItem("newCardsPerDay"));
    }

    @Test
    void anUnknownApiRouteIsAJson404() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("not-found"));
    }

    @Test
    void anUnknownPageIsAFriendly404WithoutStackTrace() {
        given().accept(ContentType.HTML).get("/no/such/page").then().statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Page not found"))
                .body(not(containsString("Exception"))).body(not(containsString("at org.")));
    }

    @Test
    void aWrongMethodIsNot500() {
        given().contentType(ContentType.JSON).body("{}").delete("/api/v1/me").then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }
}
