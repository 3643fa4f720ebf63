package org.tarikh.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TestUsers;

/** The "report a problem" form over HTTP, as a browser without JavaScript posts it from a bank's page. */
@QuarkusTest
class ProblemFormTest {

    @Test
    void aReportFromTheFormIsStoredAndTheLearnerIsSentBackWithThanks() {
        String learner = TestUsers.learner("problem-form");
        String shownId = TestUsers.as(learner).get("/api/v1/banks/najibullah-dates?size=1").then().statusCode(200)
                .extract().jsonPath().getString("questions[0].id");
        String message = "The year in the explanation differs from the key " + System.nanoTime();
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        page.post("/problems", "bank", "najibullah-dates", "question", shownId, "kind", "wrong-answer",
                "message", message, "back", "/banks/najibullah-dates").then().statusCode(303)
                .header("Location", endsWith("/banks/najibullah-dates?flash=problem-reported"));
        page.get("/problems").then().statusCode(200).body(containsString(message))
                .body(containsString("The answer is wrong"));
        TestUsers.as(learner).get("/api/v1/problems/mine").then().statusCode(200)
                .body("items.message", hasItem(message));
    }

    @Test
    void aReportWithoutAKindIsRefusedWithTheKindsOfferedAgainAndNothingIsStored() {
        String learner = TestUsers.learner("problem-form");
        String shownId = TestUsers.as(learner).get("/api/v1/banks/najibullah-dates?size=1").then().statusCode(200)
                .extract().jsonPath().getString("questions[0].id");
        String message = "No kind given " + System.nanoTime();
        PageSession page = PageSession.signIn(learner, TestUsers.PASSWORD);
        String refused = page.post("/problems", "bank", "najibullah-dates", "question", shownId, "message", message,
                "back", "/banks/najibullah-dates").then().statusCode(400).body(containsString("Say what is wrong"))
                .extract().asString();
        for (ProblemKind kind : ProblemKind.values()) {
            String option = "value=\"" + kind.code() + "\"" + (kind.ordinal() == 0 ? " required" : "") + "> " + kind.label();
            assertTrue(refused.contains(option), "the form offers " + option);
        }
        TestUsers.as(learner).get("/api/v1/problems/mine").then().statusCode(200)
                .body("items.message", not(hasItem(message)));
    }
}
