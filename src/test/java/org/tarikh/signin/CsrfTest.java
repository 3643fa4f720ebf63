package org.tarikh.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** With the sign-in cookie, every state-changing request needs the CSRF token, whatever its content type. */
@QuarkusTest
class CsrfTest {

    private static final String COOKIE = PageSession.SESSION_COOKIE;

    @Test
    void aCookieSignedApiCallWithoutTheTokenIsRefusedWithTheCsrfError() {
        String teacher = TestUsers.teacher("csrfapi");
        String slug = TeacherBanks.create(teacher, "csrfbank");
        PageSession browser = PageSession.signIn(teacher, TestUsers.PASSWORD);
        Map<String, Object> question = TeacherBanks.single("q-one", "Which city?", List.of("Kabul", "Herat"));

        browser.bare().contentType(ContentType.JSON).body(question).post("/api/v1/banks/" + slug + "/questions")
                .then().statusCode(403).body("error", equalTo("csrf"));
        browser.bare().contentType("text/plain").body("q-one: {}").post("/api/v1/banks/" + slug + "/import?format=yaml")
                .then().statusCode(403).body("error", equalTo("csrf"));
        browser.bare().header("X-CSRF-Token", "not-the-token").contentType(ContentType.JSON).body(question)
                .post("/api/v1/banks/" + slug + "/questions").then().statusCode(403);
        browser.bare().header("X-CSRF-Token", browser.token()).contentType(ContentType.JSON).body(question)
                .post("/api/v1/banks/" + slug + "/questions").then().statusCode(201);
    }

    @Test
    void bodilessPagePostsNeedTheTokenToo() {
        String learner = TestUsers.learner("csrfundo");
        PageSession browser = PageSession.signIn(learner, TestUsers.PASSWORD);
        browser.bare().redirects().follow(false).post("/review/undo").then().statusCode(403);
        browser.bare().redirects().follow(false).post("/logout").then().statusCode(403);
        given().cookie(COOKIE, browser.sessionCookie()).get("/api/v1/me").then().statusCode(200);
        browser.bare().redirects().follow(false).header("X-CSRF-Token", browser.token()).post("/review/undo")
                .then().statusCode(not(equalTo(403)));
    }

    @Test
    void theTokenOfAnotherSessionDoesNotCount() {
        String learner = TestUsers.learner("csrfother");
        PageSession mine = PageSession.signIn(learner, TestUsers.PASSWORD);
        PageSession other = PageSession.signIn(TestUsers.learner("csrfthief"), TestUsers.PASSWORD);
        mine.bare().formParam("csrf-token", other.token()).formParam("displayName", "Forged")
                .post("/settings").then().statusCode(403);
        mine.post("/settings", "displayName", "Real name", "desiredRetention", "0.85", "newCardsPerDay", "20", "timeZone", "")
                .then().statusCode(303);
        TestUsers.as(learner).get("/api/v1/me").then().body("displayName", equalTo("Real name"))
                .body("desiredRetention", equalTo(0.85f));
    }

    @Test
    void aMultipartFormCarriesTheTokenAsAField() {
        String teacher = TestUsers.teacher("csrfmulti");
        String slug = TeacherBanks.create(teacher, "csrfmultibank");
        PageSession browser = PageSession.signIn(teacher, TestUsers.PASSWORD);
        browser.get("/teach/banks/" + slug + "/import");
        browser.postMultipart("/teach/banks/" + slug + "/import", "format", "gift", "text", "::Q1:: Kabul is a city {T}")
                .then().statusCode(200);
        browser.bare().multiPart("format", "gift").multiPart("text", "::Q1:: Kabul is a city {T}")
                .post("/teach/banks/" + slug + "/import").then().statusCode(403);
    }

    @Test
    void basicAndBearerRequestsNeedNoToken() {
        String learner = TestUsers.learner("csrfbasic");
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "script"))
                .post("/api/v1/me/tokens").then().statusCode(201);
        String token = TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("name", "other"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("displayName", "Scripted"))
                .patch("/api/v1/me").then().statusCode(200).body("displayName", equalTo("Scripted"));
    }

    @Test
    void theSignInFormNeedsItsToken() {
        String learner = TestUsers.learner("csrflogin");
        given().redirects().follow(false).formParam("j_username", learner).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check").then().statusCode(403);
        PageSession form = PageSession.open("/login");
        form.bare().formParam("j_username", learner).formParam("j_password", TestUsers.PASSWORD)
                .formParam("csrf-token", "some-other-value-than-the-cookie-has-xxxxxxxx")
                .post("/j_security_check").then().statusCode(403);
        form.post("/j_security_check", "j_username", learner, "j_password", TestUsers.PASSWORD).then().statusCode(302);
    }
}
