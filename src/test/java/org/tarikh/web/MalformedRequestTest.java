package org.tarikh.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.Bank;
import org.tarikh.problem.ProblemReport;
import org.tarikh.quiz.AttemptItem;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** Regression tests for the malformed requests a hostile probe answered with 500 (or accepted unbounded). */
@QuarkusTest
class MalformedRequestTest {

    @Test
    void aNulByteInThePathIs400NamingTheParameter() {
        given().urlEncodingEnabled(false).get("/api/v1/banks/a%00b").then().statusCode(400)
                .body("error", equalTo("invalid-input")).body("details.field", hasItem("slug"));
        given().urlEncodingEnabled(false).accept(ContentType.HTML).get("/banks/a%00b").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/api/v1/banks?page=1%00").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/api/v1/banks?topic=a%01b").then().statusCode(400)
                .body("details.field", hasItem("topic"));
        given().urlEncodingEnabled(false).get("/api/v1/banks?topic=a%C2%85b").then().statusCode(400)
                .body("details.field", hasItem("topic"));
    }

    @Test
    void aNulByteInJsonIs400NamingTheFieldAndStoresNothing() {
        String teacher = TestUsers.teacher("nul-json");
        String slug = TestUsers.uniqueName("nul");
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"title\": \"a\\u0000b\"}").post("/api/v1/banks")
                .then().statusCode(400).body("details.field", hasItem("title")).body("message", containsString("U+0000"));
        given().get("/api/v1/banks/" + slug).then().statusCode(404);

        String bank = TeacherBanks.create(teacher, "nul-question");
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body("{\"id\": \"q1\", \"type\": \"truefalse\", \"topic\": \"t\", \"prompt\": \"x\\u0000\", \"answer\": true}")
                .post("/api/v1/banks/" + bank + "/questions").then().statusCode(400).body("details.field", hasItem("prompt"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body("{\"displayName\": \"\\u0007bell\"}").patch("/api/v1/me")
                .then().statusCode(400).body("details.field", hasItem("displayName"));
    }

    @Test
    void aNulByteInAnyImportFormatIs400WithItsLine() {
        String teacher = TestUsers.teacher("nul-import");
        String bank = TeacherBanks.create(teacher, "nul-import");
        Map<String, String> files = Map.of(
                "gift", "::q1:: Kabul is the capital {T}\n\n::q2:: Jalalabad\u0000 is the capital {F}\n",
                "csv", "front\tback\nKabul\tcapital\nHerat\u0000\tcity\n",
                "yaml", "bank: x\ntitle: x\ndescription: x\nlanguage: en\nquestions:\n  - id: q1\n    type: card\n"
                        + "    topic: t\n    front: \"a\\0b\"\n    back: c\n");
        files.forEach((format, text) -> TestUsers.as(teacher).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/v1/banks/" + bank + "/import?format=" + format).then().statusCode(400)
                .body("details.line", hasItem(format.equals("yaml") ? 9 : 3)));
        TestUsers.as(teacher).get("/api/v1/banks/" + bank).then().statusCode(200).body("questionCount", equalTo(0));
    }

    @Test
    void aNulByteInAPageFormIs400NamingTheFieldAndAJsonBodyToAPageIs415() {
        String learner = TestUsers.learner("nul-form");
        PageSession page = PageSession.openAs("/classes", learner, TestUsers.PASSWORD);
        page.post("/classes/join", "joinCode", "AB\u0000CD").then().statusCode(400)
                .body(containsString("joinCode must not contain the control character U+0000"));
        TestUsers.as(learner).contentType(ContentType.JSON).body("{\"joinCode\": \"ABCDEF\"}").post("/classes/join")
                .then().statusCode(415);
        // the path as routed decides, not as written
        TestUsers.as(learner).urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"joinCode\": \"ABCDEF\"}")
                .post("/cl%61sses/join").then().statusCode(415);
        TestUsers.as(learner).urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"joinCode\": \"ABCDEF\"}")
                .post("/api/../classes/join").then().statusCode(415);
    }

    @Test
    void undecodableAndCutFormsAre400() {
        String teacher = TestUsers.teacher("forms");
        String bank = TeacherBanks.create(teacher, "forms");
        TestUsers.as(teacher).contentType("application/x-www-form-urlencoded").body("%%%%").post("/classes")
                .then().statusCode(400);
        TestUsers.as(teacher).contentType("multipart/form-data; boundary=xyz").body("--xyz\r\nContent-Disposition: form".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/teach/banks/" + bank + "/import").then().statusCode(400);
    }

    @Test
    void pagesPastAnyListOrOutOfRangeAre400() {
        String learner = TestUsers.learner("paging");
        given().get("/api/v1/banks?page=21474837&size=100").then().statusCode(400).body("details.field", hasItem("page"));
        TestUsers.as(learner).get("/api/v1/quizzes?page=2147483647").then().statusCode(400).body("details.field", hasItem("page"));
        given().get("/api/v1/banks?page=99999999999").then().statusCode(400).body("details.field", hasItem("page"));
        given().get("/api/v1/banks?page=-1").then().statusCode(400).body("details.field", hasItem("page"));
        given().urlEncodingEnabled(false).get("/api/v1/banks?pa%67e=-1").then().statusCode(400) // "page", encoded
                .body("details.field", hasItem("page"));
        given().get("/api/v1/banks?size=101").then().statusCode(400).body("details.field", hasItem("size"));
        given().get("/api/v1/banks?size=0").then().statusCode(400).body("details.field", hasItem("size"));
        given().get("/api/v1/banks?size=ten").then().statusCode(400).body("details.field", hasItem("size"));
        given().get("/api/v1/banks?page=3&size=100").then().statusCode(200);
        given().get("/api/v1/banks?page=21474837").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aBackAddressWithASpaceStillRedirectsAndStoresTheReportOnce() {
        String teacher = TestUsers.teacher("back");
        String bank = TeacherBanks.create(teacher, "back");
        TeacherBanks.add(teacher, bank, TeacherBanks.single("khad", "Which service?", List.of("KHAD", "KAM")));
        String learner = TestUsers.learner("back");
        PageSession page = PageSession.openAs("/banks", learner, TestUsers.PASSWORD);
        page.post("/problems", "bank", bank, "question", "khad", "kind", "typo", "message", "", "back", "/quizzes/a b")
                .then().statusCode(303).header("Location", containsString("flash=problem-reported"));
        assertEquals(1L, reportsAbout(bank));
        page.post("/problems", "bank", bank, "question", "khad", "kind", "no-such-kind", "back", "/quizzes/a b")
                .then().statusCode(400);
        assertEquals(1L, reportsAbout(bank));
    }

    @Test
    void topicsAndGiftCategoriesOver64CharactersAre400() {
        String teacher = TestUsers.teacher("topic");
        String bank = TeacherBanks.create(teacher, "topic");
        Map<String, Object> q = TeacherBanks.single("q1", "Which?", List.of("A", "B"));
        q.put("topic", "t".repeat(65));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(q).post("/api/v1/banks/" + bank + "/questions")
                .then().statusCode(400).body("details.field", hasItem("topic"));
        String gift = "$CATEGORY: " + "c".repeat(80) + "\n\n::q1:: Kabul is the capital {T}\n";
        TestUsers.as(teacher).contentType("text/plain").body(gift).post("/api/v1/banks/" + bank + "/import?format=gift")
                .then().statusCode(400).body("details.line", hasItem(3));
    }

    @Test
    void bidiOverridesAreStrippedFromNamesAndTitles() {
        String name = TestUsers.uniqueName("bidi");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", TestUsers.PASSWORD, "displayName", "\u202Eevil\u2066 name"))
                .post("/api/v1/auth/register").then().statusCode(201);
        TestUsers.as(name).get("/api/v1/me").then().body("displayName", equalTo("evil name"));
        String teacher = TestUsers.teacher("bidi-t");
        String slug = TestUsers.uniqueName("bidi");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "\u202DTitle\u202C"))
                .post("/api/v1/banks").then().statusCode(201).body("title", equalTo("Title"));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Class \u202E9b"))
                .post("/api/v1/classes").then().statusCode(201).body("name", equalTo("Class 9b"));
    }

    @Test
    void anAnswerKeepsOnlyTheFieldsOfItsTypeAndLongAnswersAre400() {
        String teacher = TestUsers.teacher("answer");
        String bank = TeacherBanks.create(teacher, "answer");
        for (int i = 1; i <= 4; i++) {
            TeacherBanks.add(teacher, bank, TeacherBanks.single("q" + i, "Which " + i + "?", List.of("A", "B")));
        }
        TeacherBanks.add(teacher, bank, new java.util.LinkedHashMap<>(Map.of("id", "q5", "type", "text",
                "topic", "events", "prompt", "Where?", "accept", List.of("Kabul"))));
        String learner = TestUsers.learner("answer");
        JsonPath quiz = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", bank, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().jsonPath();
        String attempt = quiz.getString("attemptId");
        for (int i = 0; i < 5; i++) {
            String id = quiz.getString("questions[" + i + "].id");
            if (quiz.getString("questions[" + i + "].type").equals("text")) {
                TestUsers.as(learner).contentType(ContentType.JSON)
                        .body(Map.of("questionId", id, "response", Map.of("text", "x".repeat(5000))))
                        .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(400)
                        .body("details.field", hasItem("response.text"));
            } else {
                String choice = quiz.getString("questions[" + i + "].choices[0].id");
                TestUsers.as(learner).contentType(ContentType.JSON)
                        .body(Map.of("questionId", id, "response", Map.of("choice", choice, "junk", "y".repeat(100_000))))
                        .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200);
            }
        }
        List<Map<String, Object>> stored = QuarkusTransaction.requiringNew().call(() ->
                AttemptItem.<AttemptItem>list("attempt.id = ?1 and response is not null", UUID.fromString(attempt))
                        .stream().map(item -> item.response).toList());
        assertEquals(4, stored.size());
        stored.forEach(response -> assertEquals(java.util.Set.of("choice"), response.keySet()));
    }

    @Test
    void aLongFormFieldIsNot413() {
        String teacher = TestUsers.teacher("long-form");
        String bank = TeacherBanks.create(teacher, "long-form");
        PageSession page = PageSession.openAs("/teach/banks/" + bank, teacher, TestUsers.PASSWORD);
        page.post("/teach/banks/" + bank + "/details", "title", "Long", "description", "d".repeat(4_000))
                .then().statusCode(303);
        StringBuilder gift = new StringBuilder();
        for (int i = 0; gift.length() < 1_000_000; i++) {
            gift.append("::q").append(i).append(":: Statement ").append(i).append(" ").append("is long ".repeat(300))
                    .append("{T}\n\n");
        }
        page.get("/teach/banks/" + bank + "/import");
        page.postMultipart("/teach/banks/" + bank + "/import", "format", "gift", "text", gift.toString())
                .then().statusCode(200).body(containsString("q1"));
        page.post("/teach/banks/" + bank + "/details", "title", "Long", "description", "d".repeat(6_000))
                .then().statusCode(startsWith4xx());
    }

    private static org.hamcrest.Matcher<Integer> startsWith4xx() {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .and(org.hamcrest.Matchers.lessThan(500));
    }

    private static long reportsAbout(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ProblemReport.count("question.bank = ?1",
                Bank.findBySlug(slug).orElseThrow()));
    }
}
