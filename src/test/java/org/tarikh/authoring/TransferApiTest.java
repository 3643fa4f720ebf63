package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class TransferApiTest {

    private static final Set<QuestionType> GIFT_TYPES = Set.of(QuestionType.SINGLE, QuestionType.MULTI,
            QuestionType.TRUEFALSE, QuestionType.NUMERIC, QuestionType.TEXT, QuestionType.MATCH, QuestionType.CARD);

    @Test
    void yamlExportThenImportGivesTheSameQuestionsOfEveryType() throws IOException {
        String teacher = TestUsers.teacher("yaml");
        String first = TeacherBanks.create(teacher, "yaml-a");
        importFile(teacher, first, "yaml", allTypes()).then().statusCode(200)
                .body("imported", equalTo(10)).body("updated", equalTo(0));
        String exported = export(teacher, first, "yaml");
        String second = TeacherBanks.create(teacher, "yaml-b");
        importFile(teacher, second, "yaml", exported).then().statusCode(200).body("imported", equalTo(10));

        Map<String, QuestionSpec> a = specs(first);
        assertEquals(10, a.values().stream().map(QuestionSpec::type).distinct().count(), "every type");
        assertEquals(a, specs(second));
        // importing the same file again changes nothing
        importFile(teacher, second, "yaml", exported).then().statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(10));
    }

    @Test
    void giftExportThenImportGivesTheSameQuestionsForTheTypesGiftExpresses() throws IOException {
        String teacher = TestUsers.teacher("gift");
        String first = TeacherBanks.create(teacher, "gift-a");
        importFile(teacher, first, "yaml", allTypes()).then().statusCode(200);
        Response exported = TestUsers.as(teacher).get("/api/v1/banks/" + first + "/export?format=gift");
        exported.then().statusCode(200).header("X-Tarikh-Skipped", "3");
        assertTrue(exported.asString().startsWith("// Left out of this GIFT file: 3 questions"), exported.asString());
        String second = TeacherBanks.create(teacher, "gift-b");
        importFile(teacher, second, "gift", exported.asString()).then().statusCode(200).body("imported", equalTo(7));

        Map<String, QuestionSpec> original = specs(first);
        Map<String, QuestionSpec> back = specs(second);
        assertEquals(original.values().stream().filter(q -> GIFT_TYPES.contains(q.type())).map(QuestionSpec::id)
                .collect(Collectors.toSet()), back.keySet());
        for (QuestionSpec q : back.values()) {
            assertEquals(original.get(q.id()), q, q.id());
        }
    }

    @Test
    void moodleXmlExportThenImportGivesTheSameQuestionsForTheTypesItExpresses() throws IOException {
        String teacher = TestUsers.teacher("mxml");
        String first = TeacherBanks.create(teacher, "mxml-a");
        importFile(teacher, first, "yaml", allTypes()).then().statusCode(200);
        Response exported = TestUsers.as(teacher).get("/api/v1/banks/" + first + "/export?format=moodlexml");
        exported.then().statusCode(200).header("X-Tarikh-Skipped", "3")
                .header("Content-Disposition", containsString(".moodle.xml"));
        String second = TeacherBanks.create(teacher, "mxml-b");
        importFile(teacher, second, "moodlexml", exported.asString()).then().statusCode(200).body("imported", equalTo(7));
        Map<String, QuestionSpec> original = specs(first);
        Map<String, QuestionSpec> back = specs(second);
        assertEquals(7, back.size());
        for (QuestionSpec q : back.values()) {
            assertEquals(original.get(q.id()), q, q.id());
        }
    }

    @Test
    void moodlesExamplesImportWithTheirTypesWeightsAndTolerances() {
        String teacher = TestUsers.teacher("moodle");
        String slug = TeacherBanks.create(teacher, "moodle");
        String gift = """
                // true-false
                ::Q1:: 1+1=2 {T}

                // multiple choice with specified feedback for right and wrong answers
                ::Q2:: What's between orange and green in the spectrum?
                { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

                // fill-in-the-blank
                ::Q3:: Two plus {=two =2} equals four.

                // matching
                ::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

                // math range question
                ::Q5:: What is a number from 1 to 5? {#3:2}

                // math range specified with interval end points
                ::Q6:: What is a number from 1 to 5? {#1..5}

                // multiple numeric answers with partial credit and feedback
                ::Q7:: When was Ulysses S. Grant born? {#
                         =1822:0      # Correct! Full credit.
                         =%50%1822:2  # He was born in 1822. Half credit for being close.
                }

                // essay
                ::Q8:: How are you? {}

                What two people are entombed in Grant's tomb? {
                   ~%-100%No one
                   ~%50%Grant
                   ~%50%Grant's wife
                   ~%-100%Grant's father
                }
                """;
        importFile(teacher, slug, "gift", gift).then().statusCode(200).body("imported", equalTo(8))
                .body("skipped.size()", equalTo(1)).body("skipped[0].message", containsString("essay"));
        Map<String, QuestionSpec> q = specs(slug);
        assertEquals(new Body.TrueFalse(true), q.get("q1").body());
        assertEquals("yellow", ((Body.Single) q.get("q2").body()).answer());
        assertEquals(List.of("two", "2"), ((Body.Text) q.get("q3").body()).accept());
        assertEquals(QuestionType.MATCH, q.get("q4").type());
        assertEquals(new Body.Numeric(3, 2, null), q.get("q5").body());
        assertEquals(new Body.Numeric(3, 2, null), q.get("q6").body());
        assertEquals(new Body.Numeric(1822, 0, null, List.of(new Body.Band(1822, 2, 50))), q.get("q7").body());
        Body.Multi tomb = (Body.Multi) q.values().stream().filter(s -> s.prompt().contains("Grant's tomb")).findFirst()
                .orElseThrow().body();
        assertEquals(List.of("Grant", "Grant's wife"), tomb.answers());
        assertEquals(Map.of("No one", -100.0, "Grant", 50.0, "Grant's wife", 50.0, "Grant's father", -100.0), tomb.weights());
    }

    @Test
    void oneBadGiftQuestionImportsNothingAndNamesItsLine() {
        String teacher = TestUsers.teacher("badgift");
        String slug = TeacherBanks.create(teacher, "badgift");
        importFile(teacher, slug, "gift", "::a:: Fine? {T}\n\n::b:: Broken? {=x ~y\n\n::c:: Also fine? {F}\n")
                .then().statusCode(400).body("error", equalTo("invalid-input"))
                .body("details[0].line", equalTo(3)).body("details[0].message", containsString("not closed"))
                .body("message", containsString("nothing was imported"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
    }

    @Test
    void oneBadCsvRecordImportsNothingAndNamesItsLine() {
        String teacher = TestUsers.teacher("badcsv");
        String slug = TeacherBanks.create(teacher, "badcsv");
        String csv = "#separator:tab\n#html:false\nKHAD\tthe secret police\n\tno front here\nKAM\tthe earlier service\n";
        importFile(teacher, slug, "csv", csv).then().statusCode(400).body("details.line", equalTo(List.of(4)));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
        importFile(teacher, slug, "csv", csv.replace("\tno front here\n", "")).then().statusCode(200)
                .body("imported", equalTo(2));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questions.type", equalTo(List.of("card", "card")));
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWith413() {
        String teacher = TestUsers.teacher("huge");
        String slug = TeacherBanks.create(teacher, "huge");
        String big = "::q:: x {T}\n\n".repeat(5 * 1024 * 1024 / 12 + 10);
        importFile(teacher, slug, "gift", big).then().statusCode(413).body("error", equalTo("too-large"));
    }

    @Test
    void exportingACuratedBankAsGiftSaysWhichQuestionsItSkipped() {
        String teacher = TestUsers.teacher("skips");
        Response r = TestUsers.as(teacher).get("/api/v1/banks/najibullah-dates/export?format=gift");
        r.then().statusCode(200).header("Content-Disposition", containsString("najibullah-dates"));
        int skipped = Integer.parseInt(r.getHeader("X-Tarikh-Skipped"));
        assertTrue(skipped > 0, "the dates bank has date questions, which GIFT cannot express");
        assertTrue(r.asString().contains("$CATEGORY:"), r.asString().substring(0, 200));
    }

    private static Response importFile(String teacher, String slug, String format, String text) {
        return TestUsers.as(teacher).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/v1/banks/" + slug + "/import?format=" + format);
    }

    private static String export(String teacher, String slug, String format) {
        return TestUsers.as(teacher).get("/api/v1/banks/" + slug + "/export?format=" + format).then().statusCode(200)
                .extract().asString();
    }

    private static String allTypes() throws IOException {
        return Files.readString(Path.of("src/test/resources/banks/good/najibullah/all-types.yaml"));
    }

    private static Map<String, QuestionSpec> specs(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Question.listLive(Bank.findBySlug(slug).orElseThrow())
                .stream().map(Question::spec).collect(Collectors.toMap(QuestionSpec::id, Function.identity())));
    }
}
