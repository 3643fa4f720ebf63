package org.tarikh.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

@QuarkusTest
class SessionTest {

    private static final String COOKIE = PageSession.SESSION_COOKIE;

    @Test
    void signingOutEndsTheSessionOnTheServerSoTheOldCookieIsRefused() {
        String name = TestUsers.learner("signout");
        PageSession browser = PageSession.signIn(name, TestUsers.PASSWORD);
        String oldCookie = browser.sessionCookie();
        given().cookie(COOKIE, oldCookie).get("/api/v1/me").then().statusCode(200).body("username", equalTo(name));

        browser.post("/logout").then().statusCode(303).header("Location", equalTo("/?flash=signed-out"));

        // A copy of the cookie kept elsewhere (another tab, a thief, another node) no longer opens anything.
        given().cookie(COOKIE, oldCookie).get("/api/v1/me").then().statusCode(401);
        given().redirects().follow(false).cookie(COOKIE, oldCookie).get("/settings")
                .then().statusCode(303).header("Location", containsString("/login"));
        assertEquals(0, SignInRows.sessionsOf(name), "the session row is gone, so every node refuses it");
    }

    @Test
    void eachSignInGetsANewSessionAndTheCookieIsHttpOnlyAndLax() {
        String name = TestUsers.learner("cookie");
        PageSession login = PageSession.open("/login");
        Response r = login.post("/j_security_check", "j_username", name, "j_password", TestUsers.PASSWORD);
        String setCookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        String second = PageSession.signIn(name, TestUsers.PASSWORD).sessionCookie();
        assertNotEquals(login.sessionCookie(), second);
        assertEquals(2, SignInRows.sessionsOf(name));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() {
        String name = TestUsers.learner("pwchange");
        PageSession here = PageSession.signIn(name, TestUsers.PASSWORD);
        PageSession elsewhere = PageSession.signIn(name, TestUsers.PASSWORD);
        here.get("/settings");

        here.post("/settings/password", "currentPassword", "wrong-current-pw", "newPassword", "a-brand-new-password")
                .then().statusCode(400).body(containsString("current password is not right"));
        here.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", "a-brand-new-password")
                .then().statusCode(303);

        given().cookie(COOKIE, elsewhere.sessionCookie()).get("/api/v1/me").then().statusCode(401);
        given().cookie(COOKIE, here.sessionCookie()).get("/api/v1/me").then().statusCode(200);
        TestUsers.as(name).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(name, "a-brand-new-password").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void thePasswordChangesOverTheApiWithTheCurrentOne() {
        String name = TestUsers.learner("pwapi");
        PageSession browser = PageSession.signIn(name, TestUsers.PASSWORD);
        TestUsers.as(name).contentType(ContentType.JSON).body(Map.of("password", "another-password-1"))
                .patch("/api/v1/me").then().statusCode(400).body("details.field", org.hamcrest.Matchers.hasItem("currentPassword"));
        TestUsers.as(name).contentType(ContentType.JSON)
                .body(Map.of("password", "another-password-1", "currentPassword", TestUsers.PASSWORD))
                .patch("/api/v1/me").then().statusCode(200).body("username", equalTo(name));
        given().cookie(COOKIE, browser.sessionCookie()).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(name, "another-password-1").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequestOfAnOpenSession() {
        String name = TestUsers.learner("promoted");
        PageSession browser = PageSession.signIn(name, TestUsers.PASSWORD);
        browser.get("/teach").then().statusCode(403);
        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "teacher"))
                .put("/api/v1/users/" + name + "/role").then().statusCode(200);
        browser.get("/teach").then().statusCode(200);
    }

    @Test
    void signInReturnsToThePageThatAskedForIt() {
        String name = TestUsers.learner("next");
        Response challenge = given().redirects().follow(false).get("/progress");
        assertEquals("/login?next=%2Fprogress", challenge.header("Location"));
        PageSession login = PageSession.open("/login?next=%2Fprogress");
        login.post("/j_security_check", "j_username", name, "j_password", TestUsers.PASSWORD, "next", "/progress")
                .then().statusCode(302).header("Location", equalTo("/progress"));
        PageSession.open("/login").post("/j_security_check", "j_username", name, "j_password", TestUsers.PASSWORD,
                "next", "//evil.example/steal").then().statusCode(302).header("Location", equalTo("/"));
    }
}
