package org.tarikh.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TestUsers;

@QuarkusTest
class AccountApiTest {

    @Test
    void registeringGives201AndTheLearnerRole() {
        String name = TestUsers.uniqueName("reg");
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(201).body("username", equalTo(name)).body("role", equalTo("learner"));
    }

    @Test
    void theSameNameTwiceIsAConflict() {
        String name = TestUsers.learner("twice");
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(409).body("error", equalTo("conflict")).body("message", containsString(name));
    }

    @Test
    void aShortPasswordIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("username", TestUsers.uniqueName("short"), "password", "nine-char"))
                .post("/api/v1/auth/register")
                .then().statusCode(400).body("error", equalTo("invalid-input"))
                .body("details.field", hasItem("password")).body("message", containsString("10 characters"));
    }

    @Test
    void aBadUsernameIsRefusedNamingTheField() {
        for (String bad : new String[] {"ab", "Upper-Case", "has space", "x".repeat(33), "semi;colon"}) {
            given().contentType(ContentType.JSON).body(Map.of("username", bad, "password", TestUsers.PASSWORD))
                    .post("/api/v1/auth/register")
                    .then().statusCode(400).body("details.field", hasItem("username"));
        }
    }

    @Test
    void missingFieldsAreEachNamed() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/auth/register")
                .then().statusCode(400).body("details.field", hasItem("username")).body("details.field", hasItem("password"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String name = TestUsers.learner("hash");
        String hash = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2a$") || hash.startsWith("$2b$"), "bcrypt hash, got " + hash.substring(0, 4));
        assertTrue(!hash.contains(TestUsers.PASSWORD));
    }

    @Test
    void meAnswersWithBasicAuthAndRefusesWithout() {
        String name = TestUsers.learner("me");
        TestUsers.as(name).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(name)).body("role", equalTo("learner"))
                .body("displayName", equalTo(name)).body("desiredRetention", equalTo(0.9f));
        given().get("/api/v1/me").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().auth().preemptive().basic(name, "wrong-password-here").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aLearnerChangesOwnSettings() {
        String name = TestUsers.learner("settings");
        TestUsers.as(name).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada L.", "desiredRetention", 0.85, "newCardsPerDay", 15, "timeZone", "Asia/Kabul"))
                .patch("/api/v1/me")
                .then().statusCode(200).body("displayName", equalTo("Ada L.")).body("desiredRetention", equalTo(0.85f))
                .body("newCardsPerDay", equalTo(15)).body("timeZone", equalTo("Asia/Kabul"));
        TestUsers.as(name).contentType(ContentType.JSON).body(Map.of("desiredRetention", 0.99))
                .patch("/api/v1/me").then().statusCode(400).body("details.field", hasItem("desiredRetention"));
        TestUsers.as(name).contentType(ContentType.JSON).body(Map.of("timeZone", "Mars/Olympus"))
                .patch("/api/v1/me").then().statusCode(400).body("details.field", hasItem("timeZone"));
    }

    @Test
    void theBootstrapAdminMakesALearnerATeacher() {
        String name = TestUsers.learner("promoted");
        TestUsers.asAdmin().get("/api/v1/me").then().statusCode(200).body("role", equalTo("admin"));
        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "teacher"))
                .put("/api/v1/users/" + name + "/role")
                .then().statusCode(200).body("username", equalTo(name)).body("role", equalTo("teacher"));
        TestUsers.as(name).get("/api/v1/me").then().body("role", equalTo("teacher"));
    }

    @Test
    void aLearnerCannotChangeRoles() {
        String learner = TestUsers.learner("sneaky");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("role", "admin"))
                .put("/api/v1/users/" + learner + "/role")
                .then().statusCode(403).body("error", equalTo("forbidden"));
    }

    @Test
    void anUnknownRoleOrUserIsReportedClearly() {
        String name = TestUsers.learner("target");
        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "king"))
                .put("/api/v1/users/" + name + "/role").then().statusCode(400).body("details.field", hasItem("role"));
        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "teacher"))
                .put("/api/v1/users/nobody-here/role").then().statusCode(404);
    }

    @Test
    void theAdminListsUsersPaged() {
        String name = TestUsers.learner("listed");
        TestUsers.asAdmin().queryParam("size", 100).get("/api/v1/users").then().statusCode(200)
                .body("items.username", hasItem("admin")).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        TestUsers.asAdmin().queryParam("size", 500).get("/api/v1/users").then().statusCode(400);
        assertTrue(name.startsWith("listed"));
    }
}
