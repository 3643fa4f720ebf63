package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** The question editor's rough edges from the browser walkthrough (issue 12), one by one. */
@QuarkusTest
class EditorWordingTest {

    @Test
    void errorsSpeakTheFormsLanguageAndAnUntouchedFormShowsNone() {
        String teacher = TestUsers.teacher("wording");
        String slug = TeacherBanks.create(teacher, "wording");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new?type=single", teacher, TestUsers.PASSWORD);
        // The preview of a form just opened (htmx sends it on load): no list of what is missing.
        String untouched = page.post("/teach/banks/" + slug + "/preview", "type", "single", "isNew", "true", "topic", "",
                "prompt", "", "row", "", "row", "").then().statusCode(200).extract().asString();
        assertTrue(untouched.contains("The preview appears here as you write the question."), untouched);
        assertTrue(!untouched.contains("field-error"), untouched);

        // Saving an empty form: every message in the form's words, none in the file format's.
        String saved = page.post("/teach/banks/" + slug + "/editor", "type", "single", "isNew", "true", "topic", "",
                "prompt", "", "row", "", "row", "").then().statusCode(400).extract().asString();
        assertTrue(saved.contains("Write the question."), saved);
        assertTrue(saved.contains("Give a topic"), saved);
        assertTrue(saved.contains("Give 2 to 8 choices (none yet)."), saved);
        assertTrue(!saved.contains("id-error"), "no word on the id: it is made from the question once written");
        for (String internal : List.of("must not be empty", "has 0 entries", "missing required field", "id must")) {
            assertTrue(!saved.contains(internal), "no '" + internal + "' on the page");
        }
    }

    @Test
    void twoClozesWithTheSameInstructionGetTheirOwnIds() {
        String teacher = TestUsers.teacher("clozes");
        String slug = TeacherBanks.create(teacher, "clozes");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new?type=cloze", teacher, TestUsers.PASSWORD);
        String editor = "/teach/banks/" + slug + "/editor";
        page.post(editor, "type", "cloze", "isNew", "true", "topic", "dates", "prompt", "Fill in the blanks.",
                "cloze", "The {{Geneva Accords|Geneva Accord}} were signed in {{1988}}.").then().statusCode(303);
        page.post(editor, "type", "cloze", "isNew", "true", "topic", "dates", "prompt", "Fill in the blanks.",
                "cloze", "Najibullah became president in {{1987}}.").then().statusCode(303);
        page.post(editor, "type", "cloze", "isNew", "true", "topic", "dates", "prompt", "Fill in the blanks.",
                "cloze", "Najibullah became president in {{1987}}.").then().statusCode(303);
        TestUsers.as(teacher).get("/api/v1/banks/" + slug + "/export?format=yaml").then().statusCode(200)
                .body(containsString("id: the-geneva-accords-were-signed-in-1988"))
                .body(containsString("id: najibullah-became-president-in-1987\n"))
                .body(containsString("id: najibullah-became-president-in-1987-2"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(3));
    }

    @Test
    void thePreviewLooksLikeTheQuizForClozeAndMatchAndSitsAboveSave() {
        String teacher = TestUsers.teacher("lookalike");
        String slug = TeacherBanks.create(teacher, "lookalike");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/new?type=cloze", teacher, TestUsers.PASSWORD);
        page.post("/teach/banks/" + slug + "/preview", "type", "cloze", "isNew", "true", "topic", "dates",
                "prompt", "Fill in the blanks.", "cloze", "Signed in {{Geneva}} in {{1988}}.").then().statusCode(200)
                .body(containsString("<p class=\"cloze\" dir=\"auto\">Signed in <input class=\"blank\""))
                .body(not(containsString("{{")));
        page.post("/teach/banks/" + slug + "/preview", "type", "match", "isNew", "true", "topic", "people",
                "prompt", "Match them.", "left", "Najibullah", "rightSide", "KHAD", "left", "Karmal", "rightSide", "PDPA",
                "left", "Amin", "rightSide", "Khalq").then().statusCode(200)
                .body(containsString("class=\"match-grid\"")).body(not(containsString("<table>")));
        String editor = page.get("/teach/banks/" + slug + "/new?type=cloze").asString();
        assertTrue(editor.indexOf("id=\"preview\"") < editor.indexOf("Save question"), "the preview comes before Save");
        assertTrue(editor.contains("class=\"retype-field\""), "the type menu and its button share one cell");
    }

    @Test
    void backToTheTextKeepsWhatWasPasted() {
        String teacher = TestUsers.teacher("tryagain");
        String slug = TeacherBanks.create(teacher, "tryagain");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/import", teacher, TestUsers.PASSWORD);
        String broken = "::Q1:: Who led KHAD? {=Najibullah ~Karmal\n";
        String preview = page.postMultipart("/teach/banks/" + slug + "/import", "format", "gift", "text", broken)
                .then().statusCode(400).extract().asString();
        assertTrue(preview.contains("action=\"/teach/banks/" + slug + "/import/edit\""), preview);
        page.post("/teach/banks/" + slug + "/import/edit", "format", "gift", "text", broken).then().statusCode(200)
                .body(containsString("Who led KHAD? {=Najibullah ~Karmal"))
                .body(containsString("value=\"gift\" checked"));
    }
}
