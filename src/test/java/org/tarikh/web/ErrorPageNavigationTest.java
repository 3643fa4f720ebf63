package org.tarikh.web;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** An error page keeps the signed-in menu: a learner refused a teacher's page can still sign out (issue 12). */
@QuarkusTest
class ErrorPageNavigationTest {

    @Test
    void theForbiddenPageShowsTheSignedInMenu() {
        String learner = TestUsers.learner("refused");
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.get("/teach").then().statusCode(403).body(containsString("Sign out"))
                .body(containsString("title=\"Your settings (" + learner + ")\""));
        page.get("/cards/999999999").then().statusCode(404).body(containsString("Sign out"));
        for (String path : new String[] {"/admin/users", "/q/swagger-ui", "/classes/1", "/teach/problems"}) {
            page.get(path).then().statusCode(403).body(containsString("Sign out"));
        }
        page.bare().post("/cards/1/suspend").then().statusCode(403).body(containsString("Sign out"));
    }
}
