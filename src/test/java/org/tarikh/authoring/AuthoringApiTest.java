package org.tarikh.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

@QuarkusTest
class AuthoringApiTest {

    private static final Map<String, Object> KHAD = TeacherBanks.single("khad", "Which service did he lead from 1980?",
            List.of("KHAD", "KAM", "Sarandoy"));

    @Test
    void aTeacherCreatesABankAndAddsEditsAndRetiresQuestions() {
        String teacher = TestUsers.teacher("author");
        String slug = TeacherBanks.create(teacher, "mine");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(KHAD).post("/api/v1/banks/" + slug + "/questions")
                .then().statusCode(201).body("id", equalTo("khad")).body("version", equalTo(1));

        Map<String, Object> edited = new LinkedHashMap<>(KHAD);
        edited.put("prompt", "Which security service did Najibullah head from 1980?");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(edited).put("/api/v1/banks/" + slug + "/questions/khad")
                .then().statusCode(200).body("version", equalTo(2)).body("prompt", containsString("head from 1980"));
        assertEquals(2L, versions(slug, "khad"), "the old version is kept");

        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("title", "Renamed", "description", "New words"))
                .put("/api/v1/banks/" + slug).then().statusCode(200).body("title", equalTo("Renamed"));
        TestUsers.as(TestUsers.teacher("not-owner")).contentType(ContentType.JSON).body(Map.of("title", "Mine now"))
                .put("/api/v1/banks/" + slug).then().statusCode(403);
        TestUsers.as(teacher).delete("/api/v1/banks/" + slug + "/questions/khad").then().statusCode(204);
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().statusCode(200)
                .body("questionCount", equalTo(0)).body("owner", equalTo(teacher));
        assertEquals(2L, versions(slug, "khad"), "retired, not erased");
    }

    @Test
    void anAttemptKeepsTheVersionItStartedWith() {
        String teacher = TestUsers.teacher("versions");
        String slug = TeacherBanks.create(teacher, "kept");
        TeacherBanks.add(teacher, slug, KHAD);
        String learner = TestUsers.learner("keeper");
        String attempt = TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "count", 5, "mode", "practice")).post("/api/v1/quizzes")
                .then().statusCode(201).extract().path("attemptId");
        KnownAnswers.Delivered delivered = KnownAnswers.of(attempt).get("khad");

        Map<String, Object> changed = new LinkedHashMap<>(KHAD);
        changed.put("answer", "KAM"); // the teacher changes the key while the learner is answering
        TestUsers.as(teacher).contentType(ContentType.JSON).body(changed).put("/api/v1/banks/" + slug + "/questions/khad")
                .then().statusCode(200).body("version", equalTo(2));

        TestUsers.as(learner).contentType(ContentType.JSON)
                .body(Map.of("questionId", delivered.id(), "response", KnownAnswers.right(delivered)))
                .post("/api/v1/quizzes/" + attempt + "/answers").then().statusCode(200)
                .body("correct", equalTo(true)).body("correctAnswer", equalTo("KHAD"));
    }

    @Test
    void theSecondOfTwoConflictingSavesGets409AndTheFirstIsKept() {
        String teacher = TestUsers.teacher("race");
        String slug = TeacherBanks.create(teacher, "race");
        TeacherBanks.add(teacher, slug, KHAD);
        Map<String, Object> first = new LinkedHashMap<>(KHAD);
        first.put("prompt", "First teacher's wording?");
        first.put("version", 1);
        Map<String, Object> second = new LinkedHashMap<>(KHAD);
        second.put("prompt", "Second teacher's wording?");
        second.put("version", 1);
        String path = "/api/v1/banks/" + slug + "/questions/khad";
        TestUsers.as(teacher).contentType(ContentType.JSON).body(first).put(path).then().statusCode(200).body("version", equalTo(2));
        TestUsers.as(teacher).contentType(ContentType.JSON).body(second).put(path).then().statusCode(409)
                .body("error", equalTo("conflict")).body("message", containsString("version 1, it is now version 2"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then()
                .body("questions[0].prompt", equalTo("First teacher's wording?"));
    }

    @Test
    void anInvalidQuestionIsRefusedWithTheValidatorsMessages() {
        String teacher = TestUsers.teacher("invalid");
        String slug = TeacherBanks.create(teacher, "invalid");
        Map<String, Object> bad = new LinkedHashMap<>(KHAD);
        bad.put("answer", "Mossad");
        bad.remove("topic");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(bad).post("/api/v1/banks/" + slug + "/questions")
                .then().statusCode(400).body("error", equalTo("invalid-input"))
                .body("details.field", hasItem("answer")).body("details.field", hasItem("topic"))
                .body("message", containsString("is not one of the choices"));
        TestUsers.as(teacher).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(0));
    }

    @Test
    void aTakenSlugIsAConflictAndABadOneIsBadInput() {
        String teacher = TestUsers.teacher("slugs");
        String slug = TeacherBanks.create(teacher, "taken");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "Again"))
                .post("/api/v1/banks").then().statusCode(409);
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("slug", "Not A Slug", "title", "x"))
                .post("/api/v1/banks").then().statusCode(400).body("details.field", hasItem("slug"));
    }

    @Test
    void onlyTheOwnerMayChangeABankAndNobodyChangesACuratedOne() {
        String owner = TestUsers.teacher("owner");
        String slug = TeacherBanks.create(owner, "owned");
        TeacherBanks.add(owner, slug, KHAD);
        String learner = TestUsers.learner("intruder");
        String otherTeacher = TestUsers.teacher("colleague");
        for (String who : List.of(learner, otherTeacher)) {
            everyAuthoringCall(who, slug, 403);
        }
        everyAuthoringCall(otherTeacher, "najibullah-offices", 403);
        everyAuthoringCall(TestUsers.ADMIN, "najibullah-offices", 403);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("slug", "x-" + slug, "title", "x"))
                .post("/api/v1/banks").then().statusCode(403);
        // and the bank is untouched
        TestUsers.as(owner).get("/api/v1/banks/" + slug).then().body("questionCount", equalTo(1))
                .body("questions[0].prompt", not(containsString("hacked")));
    }

    @Test
    void aNonOwnerHearsNothingAboutTheQuestionItSent() {
        String owner = TestUsers.teacher("quiet-owner");
        String slug = TeacherBanks.create(owner, "quiet");
        TeacherBanks.add(owner, slug, KHAD);
        Map<String, Object> bad = new LinkedHashMap<>(KHAD);
        bad.put("answer", "Mossad");
        bad.put("version", "one");
        String colleague = TestUsers.teacher("quiet-colleague");
        TestUsers.as(colleague).contentType(ContentType.JSON).body(bad).post("/api/v1/banks/" + slug + "/questions")
                .then().statusCode(403);
        TestUsers.as(colleague).contentType(ContentType.JSON).body(bad).put("/api/v1/banks/" + slug + "/questions/khad")
                .then().statusCode(403);
        TestUsers.as(owner).contentType(ContentType.JSON).body(bad).put("/api/v1/banks/" + slug + "/questions/khad")
                .then().statusCode(400).body("details.field", hasItem("version"));
    }

    @Test
    void teachersMayExportCuratedBanksButLearnersMayNot() {
        String teacher = TestUsers.teacher("exporter");
        TestUsers.as(teacher).get("/api/v1/banks/najibullah-offices/export?format=yaml").then().statusCode(200)
                .body(containsString("bank: najibullah-offices"));
        TestUsers.as(TestUsers.learner("noexport")).get("/api/v1/banks/najibullah-offices/export?format=yaml")
                .then().statusCode(403);
        TestUsers.as(teacher).get("/api/v1/banks/najibullah-offices/export?format=docx").then().statusCode(400)
                .body("details.field", hasItem("format"));
    }

    @Test
    void aCuratedBankCanBeCopiedAndTheCopyEdited() {
        String teacher = TestUsers.teacher("copier");
        String slug = TestUsers.uniqueName("my-offices");
        int curated = TestUsers.as(teacher).get("/api/v1/banks/najibullah-offices").then().extract().path("questionCount");
        TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("slug", slug, "title", "My offices"))
                .post("/api/v1/banks/najibullah-offices/copy").then().statusCode(201)
                .body("owner", equalTo(teacher)).body("questionCount", equalTo(curated));
        // The public bank view shows opaque ids; the teacher knows the copy's keys from its file (here: the database).
        String firstId = QuarkusTransaction.requiringNew().call(() ->
                Question.listLive(Bank.findBySlug(slug).orElseThrow()).get(0).key);
        TestUsers.as(teacher).delete("/api/v1/banks/" + slug + "/questions/" + firstId).then().statusCode(204);
        TestUsers.as(teacher).get("/api/v1/banks/najibullah-offices").then().body("questionCount", equalTo(curated));
    }

    private static void everyAuthoringCall(String who, String slug, int status) {
        String base = "/api/v1/banks/" + slug;
        Map<String, Object> hacked = new LinkedHashMap<>(KHAD);
        hacked.put("prompt", "hacked?");
        as(who).contentType(ContentType.JSON).body(KHAD).post(base + "/questions").then().statusCode(status);
        as(who).contentType(ContentType.JSON).body(hacked).put(base + "/questions/khad").then().statusCode(status);
        as(who).delete(base + "/questions/khad").then().statusCode(status);
        as(who).contentType("text/plain").body("::x::Hacked? {T}").post(base + "/import?format=gift").then().statusCode(status);
        if (!slug.startsWith("najibullah")) {
            as(who).get(base + "/export?format=gift").then().statusCode(status);
        }
    }

    private static RequestSpecification as(String who) {
        return who.equals(TestUsers.ADMIN) ? TestUsers.asAdmin() : TestUsers.as(who);
    }

    private static long versions(String slug, String key) {
        return QuarkusTransaction.requiringNew().call(() ->
                Question.count("bank.slug = ?1 and key = ?2", slug, key));
    }
}
