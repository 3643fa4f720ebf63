package org.tarikh.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ProblemReplyTest {

    @Test
    void theLearnerSeesTheTeachersReplyAndItsDate() {
        String owner = TestUsers.teacher("replier");
        String slug = TeacherBanks.create(owner, "replies");
        TeacherBanks.add(owner, slug, TeacherBanks.single("kam", "Which service came first?", List.of("KAM", "KHAD")));
        String learner = TestUsers.learner("asker");
        long id = report(learner, slug, "kam", "Which year is meant?");
        TestUsers.as(learner).get("/api/v1/problems/mine").then().statusCode(200)
                .body("items[0].id", equalTo((int) id)).body("items[0].createdAt", notNullValue())
                .body("items[0].reply", nullValue());

        // Another teacher, the learner and a blank reply are refused; nothing is stored.
        String colleague = TestUsers.teacher("notmine");
        reply(colleague, id, "Mine now", false).then().statusCode(403);
        reply(learner, id, "Self-service", false).then().statusCode(403);
        reply(owner, id, "   ", false).then().statusCode(400).body("details.field", hasItem("reply"));

        reply(owner, id, "The year 1979: I added it to the question.", false).then().statusCode(204);
        TestUsers.as(learner).get("/api/v1/problems/mine").then().statusCode(200)
                .body("items[0].reply", equalTo("The year 1979: I added it to the question."))
                .body("items[0].repliedAt", notNullValue()).body("items[0].closedAt", nullValue());
        // Still open in the teacher's queue, with the reply and the report's date on the page.
        PageSession teacherPage = PageSession.signIn(owner, TestUsers.PASSWORD);
        teacherPage.get("/teach/problems").then().statusCode(200).body(containsString("problem-" + id))
                .body(containsString("Your reply")).body(containsString("<time datetime="));

        // The page form replies and closes.
        var r = teacherPage.post("/teach/problems/" + id + "/reply", "reply", "Fixed in version 2.", "close", "yes");
        org.junit.jupiter.api.Assertions.assertEquals(303, r.statusCode());
        TestUsers.as(owner).get("/api/v1/problems").then().body("items.id", not(hasItem((int) id)));
        PageSession learnerPage = PageSession.signIn(learner, TestUsers.PASSWORD);
        learnerPage.get("/problems").then().statusCode(200).body(containsString("Fixed in version 2."))
                .body(containsString("Which service came first?")).body(containsString("closed"))
                .body(containsString("reported <time datetime="));
        // Another learner sees none of it.
        String other = TestUsers.learner("nosy");
        TestUsers.as(other).get("/api/v1/problems/mine").then().body("total", equalTo(0));
        PageSession.signIn(other, TestUsers.PASSWORD).get("/problems").then().statusCode(200)
                .body(not(containsString("Fixed in version 2.")));
    }

    @Test
    void aRefusedReplyKeepsWhatWasTypedNextToTheReport() {
        String owner = TestUsers.teacher("longreply");
        String slug = TeacherBanks.create(owner, "longreply");
        TeacherBanks.add(owner, slug, TeacherBanks.single("q1", "Who led KHAD?", List.of("Najibullah", "Karmal")));
        long id = report(TestUsers.learner("longasker"), slug, "q1", "Typo?");
        String tooLong = "x".repeat(2001);
        PageSession page = PageSession.signIn(owner, TestUsers.PASSWORD);
        page.get("/teach/problems");
        page.post("/teach/problems/" + id + "/reply", "reply", tooLong).then().statusCode(400)
                .body(containsString("reply-" + id + "-error")).body(containsString("at most 2000"))
                .body(containsString(tooLong));
    }

    private static long report(String learner, String slug, String key, String message) {
        return TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "questionId", key, "kind", "ambiguous", "message", message))
                .post("/api/v1/problems").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.Response reply(String user, long id, String text, boolean close) {
        return TestUsers.as(user).contentType(ContentType.JSON).body(Map.of("reply", text, "close", close))
                .post("/api/v1/problems/" + id + "/reply");
    }
}
