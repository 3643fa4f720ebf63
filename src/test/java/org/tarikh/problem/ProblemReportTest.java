package org.tarikh.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class ProblemReportTest {

    @Test
    void theOwnerSeesReportsAboutTheirBankAndClosesThem() {
        String owner = TestUsers.teacher("problems");
        String slug = TeacherBanks.create(owner, "problems");
        TeacherBanks.add(owner, slug, TeacherBanks.single("khad", "Which service?", List.of("KHAD", "KAM")));
        String learner = TestUsers.learner("reporter");
        long id = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "questionId", "khad", "kind", "ambiguous", "message", "Which year is meant?"))
                .post("/api/v1/problems").then().statusCode(201).extract().jsonPath().getLong("id");

        TestUsers.as(owner).get("/api/v1/problems").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.message", equalTo("Which year is meant?"))
                .body("items.find { it.id == " + id + " }.prompt", equalTo("Which service?"))
                .body("items.find { it.id == " + id + " }.reporter", equalTo(learner));
        String colleague = TestUsers.teacher("colleague");
        TestUsers.as(colleague).get("/api/v1/problems").then().body("items.id", not(hasItem((int) id)));
        TestUsers.as(colleague).post("/api/v1/problems/" + id + "/close").then().statusCode(403);
        TestUsers.as(learner).get("/api/v1/problems").then().statusCode(403);

        TestUsers.as(owner).post("/api/v1/problems/" + id + "/close").then().statusCode(204);
        TestUsers.as(owner).get("/api/v1/problems").then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void reportsAboutCuratedBanksReachEveryTeacherWithTheirSourceSection() {
        String learner = TestUsers.learner("curated-report");
        String key = TestUsers.as(learner).get("/api/v1/banks/najibullah-offices").then().extract().path("questions[0].id");
        long id = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "questionId", key, "kind", "typo"))
                .post("/api/v1/problems").then().statusCode(201).extract().jsonPath().getLong("id");
        String teacher = TestUsers.teacher("any");
        PageSession page = PageSession.openAs("/teach/problems", teacher, TestUsers.PASSWORD);
        page.get("/teach/problems").then().statusCode(200).body(containsString("problem-" + id))
                .body(containsString("Source section:"));
        page.post("/teach/problems/" + id + "/close").then().statusCode(303);
        TestUsers.as(teacher).get("/api/v1/problems").then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void aReportNeedsAKindAndSomethingElseNeedsWords() {
        String learner = TestUsers.learner("vague");
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "questionId", "x", "kind", "bad"))
                .post("/api/v1/problems").then().statusCode(400).body("details.field", hasItem("kind"));
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "questionId", "x", "kind", "other"))
                .post("/api/v1/problems").then().statusCode(400).body("details.field", hasItem("message"));
        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", "najibullah-offices", "questionId", "no-such-question", "kind", "typo"))
                .post("/api/v1/problems").then().statusCode(404);
    }
}
