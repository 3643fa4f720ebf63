package org.tarikh.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

@QuarkusTest
class AccountPagesTest {

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).formParam("username", TestUsers.uniqueName("nocsrf"))
                .formParam("password", TestUsers.PASSWORD).post("/register")
                .then().statusCode(403);
    }

    @Test
    void registeringThroughTheFormLeadsToSignIn() {
        PageSession page = PageSession.open("/register");
        String name = TestUsers.uniqueName("form");
        page.post("/register", "username", name, "password", TestUsers.PASSWORD, "displayName", "Form User")
                .then().statusCode(303).header("Location", endsWith("/login?flash=registered"));
        TestUsers.as(name).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void theRegistrationFormShowsEachProblemNextToItsField() {
        PageSession page = PageSession.open("/register");
        page.post("/register", "username", "A", "password", "short")
                .then().statusCode(400)
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("at least 10 characters"))
                .body(containsString("3 to 32 characters"));
    }

    @Test
    void signingInWithTheFormGivesACookieThatOpensPages() {
        String name = TestUsers.learner("signin");
        PageSession form = PageSession.open("/login");
        Response login = form.post("/j_security_check", "j_username", name, "j_password", TestUsers.PASSWORD);
        assertEquals(302, login.statusCode());
        String cookie = login.getCookie("quarkus-credential");
        assertNotNull(cookie, "the sign-in cookie is set");
        given().cookie("quarkus-credential", cookie).get("/").then().statusCode(200)
                .body(containsString("Welcome back, " + name)).body(containsString("Sign out"));
        given().cookie("quarkus-credential", cookie).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aWrongPasswordReturnsToTheSignInPageWithAMessage() {
        String name = TestUsers.learner("wrongpw");
        Response failed = PageSession.open("/login").post("/j_security_check", "j_username", name,
                "j_password", "not-the-password");
        assertEquals(java.util.List.of(true), failed.headers().getList("Location").stream()
                .map(h -> h.getValue().contains("/login?error")).toList(), "exactly one Location: the error page");
        given().get("/login?error=1").then().body(containsString("do not match"));
    }

    @Test
    void aProtectedPageSendsAnonymousVisitorsToSignIn() {
        given().redirects().follow(false).get("/settings").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(302), org.hamcrest.Matchers.is(303)))
                .header("Location", containsString("/login"));
    }

    @Test
    void onlyAnAdminSeesTheUserList() {
        String learner = TestUsers.learner("peek");
        TestUsers.as(learner).get("/admin/users").then().statusCode(403).body(not(containsString(TestUsers.ADMIN)));
        TestUsers.asAdmin().get("/admin/users").then().statusCode(200).body(containsString(learner));
    }

    @Test
    void theAdminChangesARoleWithTheForm() {
        String learner = TestUsers.learner("viaform");
        PageSession admin = PageSession.openAs("/admin/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.post("/admin/users/" + learner + "/role", "role", "teacher").then().statusCode(303);
        TestUsers.as(learner).get("/api/v1/me").then().body("role", org.hamcrest.Matchers.equalTo("teacher"));
    }
}
