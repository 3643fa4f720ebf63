package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class AuthoringPagesTest {

    @Test
    void theEditorAddsRowsShowsThePreviewAndSavesAValidQuestion() {
        String teacher = TestUsers.teacher("editor");
        String slug = TeacherBanks.create(teacher, "editor");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new?type=single", teacher, TestUsers.PASSWORD);
        String editor = "/teach/banks/" + slug + "/editor";

        Response added = page.post(editor, "type", "single", "isNew", "true", "topic", "events", "prompt", "Which?",
                "row", "A", "row", "B", "op", "add-row");
        added.then().statusCode(200);
        assertEquals(3, count(added.asString(), "name=\"row\""), "one more choice row");

        page.post("/teach/banks/" + slug + "/preview", "type", "single", "topic", "events", "prompt", "Which accord?",
                "row", "Geneva", "row", "Paris", "right", "0").then().statusCode(200)
                .body(containsString("Which accord?")).body(containsString("Answer:")).body(containsString("Geneva"));

        page.post(editor, "type", "single", "isNew", "true", "id", "accord", "topic", "events",
                "prompt", "Which accord?", "row", "Geneva", "row", "Paris", "right", "0",
                "explanation", "Signed in Geneva in 1988.").then().statusCode(303)
                .header("Location", containsString("/teach/banks/" + slug));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questions[0].prompt", equalTo("Which accord?"))
                .body("questions[0].choices", equalTo(List.of("Geneva", "Paris")));
    }

    @Test
    void theEditorsButtonsChangeTheFormAndAValueNoButtonSendsIs400() {
        String teacher = TestUsers.teacher("buttons");
        String slug = TeacherBanks.create(teacher, "buttons");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new", teacher, TestUsers.PASSWORD);
        String editor = "/teach/banks/" + slug + "/editor";

        String retyped = page.post(editor, "type", "single", "isNew", "true", "prompt", "Put in order",
                "row", "Joined the PDPA", "row", "Head of KHAD", "op", "retype", "retype", "order").then().statusCode(200)
                .extract().asString();
        assertEquals(3, count(retyped, "name=\"row\""), "an order question needs three items: one is added");
        assertTrue(retyped.contains("value=\"up-row-1\""), "order items can be moved");
        assertTrue(retyped.contains(">Put in order</textarea>"), "what was typed stays");

        String moved = page.post(editor, "type", "order", "isNew", "true", "row", "a", "row", "b", "row", "c",
                "op", "down-row-0").then().statusCode(200).extract().asString();
        assertTrue(moved.indexOf("value=\"b\"") < moved.indexOf("value=\"a\""), "b is now first");

        page.post(editor, "type", "single", "isNew", "true", "row", "a", "op", "explode").then().statusCode(400)
                .body(containsString("The editor has no button &#39;explode&#39;."));
        page.post(editor, "type", "single", "isNew", "true", "op", "retype", "retype", "essay").then().statusCode(400)
                .body(containsString("There is no question type &#39;essay&#39;"));
    }

    @Test
    void eachTypeGetsItsOwnAnswerFieldsAndOnlyACardHasABack() {
        String teacher = TestUsers.teacher("bytype");
        String slug = TeacherBanks.create(teacher, "bytype");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new", teacher, TestUsers.PASSWORD);
        Map<String, List<String>> own = new LinkedHashMap<>();
        own.put("single", List.of("<input type=\"radio\" name=\"right\"", "Choices: tick the right one"));
        own.put("multi", List.of("<input type=\"checkbox\" name=\"right\"", "Choices: tick every right one"));
        own.put("truefalse", List.of("name=\"truth\""));
        own.put("numeric", List.of("name=\"number\""));
        own.put("date", List.of("name=\"date\""));
        own.put("text", List.of("aria-label=\"Accepted answer 1\"", "Add an accepted answer", "Accepted answers (case"));
        own.put("cloze", List.of("name=\"cloze\""));
        own.put("order", List.of("value=\"up-row-0\"", "Items, in the right order"));
        own.put("match", List.of("value=\"add-pair\"", "Pairs (learners see"));
        own.put("card", List.of("name=\"back\"", "<label for=\"prompt\">Front"));
        for (String type : own.keySet()) {
            String html = page.get("/teach/banks/" + slug + "/new?type=" + type).then().statusCode(200).extract().asString();
            own.forEach((other, markers) -> markers.forEach(marker -> assertEquals(other.equals(type), html.contains(marker),
                    type + " editor " + (other.equals(type) ? "lacks " : "shows ") + other + "'s " + marker)));
            assertEquals(!type.equals("card"), html.contains("<label for=\"prompt\">Question"), type);
        }
    }

    @Test
    void thePreviewOffersADateFieldForADateAndNoFieldForACard() {
        String teacher = TestUsers.teacher("previewtype");
        String slug = TeacherBanks.create(teacher, "previewtype");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new", teacher, TestUsers.PASSWORD);
        String preview = "/teach/banks/" + slug + "/preview";
        page.post(preview, "type", "date", "isNew", "true", "topic", "dates", "prompt", "When did the withdrawal end?",
                "date", "1989").then().statusCode(200)
                .body(containsString("placeholder=\"A date\"")).body(not(containsString("Your answer")));
        page.post(preview, "type", "text", "isNew", "true", "topic", "places", "prompt", "Where was he born?",
                "row", "Gardez").then().statusCode(200)
                .body(containsString("placeholder=\"Your answer\"")).body(not(containsString("A date")));
        page.post(preview, "type", "card", "isNew", "true", "topic", "offices", "prompt", "KHAD",
                "back", "The secret police.").then().statusCode(200)
                .body(containsString("A flashcard: studied in reviews")).body(not(containsString("placeholder=")));
    }

    @Test
    void aRetiredQuestionIsRestoredAsItWasWithoutANewVersion() {
        String teacher = TestUsers.teacher("restore");
        String slug = TeacherBanks.create(teacher, "restore");
        TeacherBanks.add(teacher, slug, TeacherBanks.single("khad", "Which service?", List.of("KHAD", "KAM")));
        PageSession page = PageSession.openAs("/teach/banks/" + slug, teacher, TestUsers.PASSWORD);
        page.post("/teach/banks/" + slug + "/questions/khad/retire").then().statusCode(303);
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
        page.post("/teach/banks/" + slug + "/questions/khad/restore").then().statusCode(303)
                .header("Location", containsString("#q-khad"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(1))
                .body("questions[0].prompt", equalTo("Which service?"));
        assertEquals(1L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.tarikh.bank.Question.count("bank.slug = ?1 and key = ?2", slug, "khad")), "no new version");
        page.post("/teach/banks/" + slug + "/questions/nothing/restore").then().statusCode(404);
    }

    @Test
    void validatorErrorsAppearNextToTheFieldsAndNothingIsSaved() {
        String teacher = TestUsers.teacher("errors");
        String slug = TeacherBanks.create(teacher, "errors");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new?type=order", teacher, TestUsers.PASSWORD);
        page.post("/teach/banks/" + slug + "/editor", "type", "order", "isNew", "true", "topic", "",
                "prompt", "Put in order", "row", "First", "row", "Second").then().statusCode(400)
                .body(containsString("id=\"topic-error\""))
                .body(containsString("Give 3 to 8 items to put in order (there are 2)."))
                .body(containsString("value=\"First\""));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
    }

    @Test
    void aStaleEditGets409AndKeepsWhatTheTeacherTyped() {
        String teacher = TestUsers.teacher("stale");
        String slug = TeacherBanks.create(teacher, "stale");
        TeacherBanks.add(teacher, slug, TeacherBanks.single("khad", "Which service?", List.of("KHAD", "KAM")));
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/questions/khad/edit", teacher, TestUsers.PASSWORD);
        String[] edit = {"type", "single", "isNew", "false", "baseVersion", "1", "id", "khad", "topic", "events",
                "prompt", "My careful rewording?", "row", "KHAD", "row", "KAM", "right", "0"};
        // someone else saves first
        TestUsers.as(teacher).contentType("application/json")
                .body(java.util.Map.of("id", "khad", "type", "single", "topic", "events", "prompt", "Their version?",
                        "choices", List.of("KHAD", "KAM"), "answer", "KHAD"))
                .put("/api/v1/banks/" + slug + "/questions/khad").then().statusCode(200);
        page.post("/teach/banks/" + slug + "/editor", edit).then().statusCode(409)
                .body(containsString("changed by someone else")).body(containsString("My careful rewording?"));
    }

    @Test
    void aBadCopyShowsItsErrorOnTheCopyFormAndAGoodOneLandsOnTheNewBank() {
        String teacher = TestUsers.teacher("dashboard");
        PageSession page = PageSession.openAs("/teach?copyFrom=najibullah-dates", teacher, TestUsers.PASSWORD);
        page.get("/teach?copyFrom=najibullah-dates").then().statusCode(200)
                .body(containsString("<option value=\"najibullah-dates\" selected>"));
        page.post("/teach/banks", "copyFrom", "najibullah-dates", "title", "My dates", "slug", "Bad Slug").then()
                .statusCode(400).body(containsString("id=\"copy-slug-error\"")).body(not(containsString("id=\"slug-error\"")));
        String slug = TestUsers.uniqueName("my-dates");
        page.post("/teach/banks", "copyFrom", "najibullah-dates", "title", "My dates", "slug", slug).then()
                .statusCode(303).header("Location", containsString("/teach/banks/" + slug));
        page.get("/teach/banks/" + slug).then().statusCode(200).body(containsString("My dates"));
    }

    @Test
    void aLearnerGets403OnTeacherPages() {
        String learner = TestUsers.learner("nosy");
        String teacher = TestUsers.teacher("private");
        String slug = TeacherBanks.create(teacher, "private");
        PageSession page = PageSession.openAs("/", learner, TestUsers.PASSWORD);
        for (String path : List.of("/teach", "/teach/banks/" + slug, "/teach/banks/" + slug + "/new",
                "/teach/banks/" + slug + "/import", "/teach/problems")) {
            page.get(path).then().statusCode(403);
        }
        PageSession colleague = PageSession.openAs("/teach", TestUsers.teacher("colleague"), TestUsers.PASSWORD);
        colleague.get("/teach/banks/" + slug).then().statusCode(403);
        colleague.get("/teach/banks/najibullah-offices").then().statusCode(403)
                .body(containsString("curated bank and cannot be changed"));
    }

    @Test
    void theImportPageShowsErrorsByLineAndImportsOnlyAfterConfirming() {
        String teacher = TestUsers.teacher("importer");
        String slug = TeacherBanks.create(teacher, "importer");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/import", teacher, TestUsers.PASSWORD);
        String good = "::a:: Najibullah was a doctor? {T}\n\n::b:: He led which service? {=KHAD ~KAM}\n";
        page.postMultipart("/teach/banks/" + slug + "/import", "format", "gift", "text", good + "\n::c:: Broken {=x ~y\n")
                .then().statusCode(400).body(containsString("Line 5:")).body(containsString("nothing will be imported"))
                .body(not(containsString("/import/confirm")));
        page.postMultipart("/teach/banks/" + slug + "/import", "format", "gift", "text", good).then().statusCode(200)
                .body(containsString("2 new")).body(containsString("/import/confirm"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
        page.post("/teach/banks/" + slug + "/import/confirm", "format", "gift", "text", good).then().statusCode(303);
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(2));
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
