package org.tarikh.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/**
 * Guessing is throttled in PostgreSQL: 10 failures per username or 50 per address in 15 minutes. Each test acts
 * from addresses of its own (the test profile trusts X-Forwarded-For from the local proxy), documentation range.
 */
@QuarkusTest
class ThrottlingTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51.100." + n;
    }

    @Test
    void afterTenWrongPasswordsEvenTheRightOneIsRefusedWith429() {
        String name = TestUsers.learner("guessed");
        String attacker = freshAddress();
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", attacker).auth().preemptive().basic(name, "wrong-guess-" + i)
                    .get("/api/v1/me").then().statusCode(401);
        }
        Response basic = given().header("X-Forwarded-For", attacker).auth().preemptive().basic(name, TestUsers.PASSWORD)
                .get("/api/v1/me");
        assertEquals(429, basic.statusCode());
        assertEquals("too-many-requests", basic.jsonPath().getString("error"));
        long wait = Long.parseLong(basic.header("Retry-After"));
        assertTrue(wait > 0 && wait <= 900, "Retry-After within the 15-minute window: " + wait);

        // The limit is per username: another address, and the sign-in form, are refused too.
        given().header("X-Forwarded-For", freshAddress()).auth().preemptive().basic(name, TestUsers.PASSWORD)
                .get("/api/v1/me").then().statusCode(429);
        PageSession form = PageSession.open("/login");
        Response page = form.bare().header("X-Forwarded-For", freshAddress()).formParam("csrf-token", form.token())
                .formParam("j_username", name).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        assertEquals(429, page.statusCode());
        assertTrue(page.asString().contains("Too many sign-in attempts"), "the form says why");
        assertTrue(page.header("Retry-After") != null);

        // Other accounts are not affected.
        String bystander = TestUsers.learner("bystander");
        given().header("X-Forwarded-For", attacker).auth().preemptive().basic(bystander, TestUsers.PASSWORD)
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void fiftyFailuresFromOneAddressCloseItForEveryName() {
        String attacker = freshAddress();
        for (int i = 0; i < 50; i++) {
            given().header("X-Forwarded-For", attacker).auth().preemptive().basic("nobody-" + (i % 7), "wrong")
                    .get("/api/v1/me").then().statusCode(401);
        }
        String victim = TestUsers.learner("sameaddr");
        given().header("X-Forwarded-For", attacker).auth().preemptive().basic(victim, TestUsers.PASSWORD)
                .get("/api/v1/me").then().statusCode(429);
        given().header("X-Forwarded-For", freshAddress()).auth().preemptive().basic(victim, TestUsers.PASSWORD)
                .get("/api/v1/me").then().statusCode(200).body("username", equalTo(victim));
    }

    @Test
    void requestsWithoutCredentialsDoNotCount() {
        String address = freshAddress();
        for (int i = 0; i < 60; i++) {
            given().header("X-Forwarded-For", address).get("/api/v1/me").then().statusCode(401);
        }
        String name = TestUsers.learner("anon-ok");
        given().header("X-Forwarded-For", address).auth().preemptive().basic(name, TestUsers.PASSWORD)
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void guessingJoinCodesIsThrottledToo() {
        String learner = TestUsers.learner("codeguess");
        String address = freshAddress();
        for (int i = 0; i < 10; i++) {
            TestUsers.as(learner).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(Map.of("joinCode", "ZZZZZ" + "ABCDEFGHJK".charAt(i))).post("/api/v1/classes/join")
                    .then().statusCode(404);
        }
        Response refused = TestUsers.as(learner).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("joinCode", "ZZZZZZ")).post("/api/v1/classes/join");
        assertEquals(429, refused.statusCode());
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
    }
}
