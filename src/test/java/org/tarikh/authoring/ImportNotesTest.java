package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.tarikh.support.PageSession;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/** Every import says what it converted or left out, by line; a dry run says what an import would do and stores nothing. */
@QuarkusTest
class ImportNotesTest {

    private static final String GIFT = """
            ::tf::[html]<p>Kabul is the <b>capital</b> of Afghanistan.</p>{T}

            ::year:: A year from 1985 to 1989? {#1987:2 ~1980#Not in those years}

            ::town:: He came from {=Gardez =%75%Gardes}.
            """;

    @Test
    void aDryRunListsNotesByLineAndStoresNothing() {
        String teacher = TestUsers.teacher("dry");
        String slug = TeacherBanks.create(teacher, "dry");
        post(teacher, slug, "gift&dryRun=true", GIFT).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("imported", equalTo(3))
                .body("notes.line", hasItem(1)).body("notes.line", hasItem(3))
                .body("notes.message", hasItem(containsString("Not in those years")));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
        post(teacher, slug, "gift", GIFT).then().statusCode(200).body("dryRun", equalTo(false))
                .body("imported", equalTo(3)).body("notes.size()", equalTo(2));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(3));
    }

    @Test
    void aDryRunOfABadFileAnswers400LikeTheImport() {
        String teacher = TestUsers.teacher("drybad");
        String slug = TeacherBanks.create(teacher, "drybad");
        post(teacher, slug, "gift&dryRun=true", "::a:: Broken {=x ~y\n").then().statusCode(400)
                .body("details[0].line", equalTo(1));
    }

    @Test
    void thePreviewPageListsWhatWasConverted() {
        String teacher = TestUsers.teacher("notespage");
        String slug = TeacherBanks.create(teacher, "notespage");
        PageSession page = PageSession.openAs("/teach/banks/" + slug + "/import", teacher, TestUsers.PASSWORD);
        page.postMultipart("/teach/banks/" + slug + "/import", "format", "gift", "text", GIFT).then().statusCode(200)
                .body(containsString("Converted or left out (2)"))
                .body(containsString("Line 3: the wrong answer"));
    }

    private static Response post(String teacher, String slug, String format, String text) {
        return TestUsers.as(teacher).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/v1/banks/" + slug + "/import?format=" + format);
    }
}
