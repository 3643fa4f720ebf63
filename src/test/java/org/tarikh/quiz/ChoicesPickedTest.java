package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/**
 * Every answer to a choice question stores the choices it picked as authored indexes (attempt_item.picked), on the
 * fast path and on the locked one; the class report counts picks from them, and the migration that added the
 * column worked them out for earlier answers the same way.
 */
@QuarkusTest
class ChoicesPickedTest {

    @Inject
    DataSource db;

    @Inject
    QuizService quizzes;

    @Test
    void anAnswerStoresTheAuthoredIndexesOfWhatItPicked() throws SQLException {
        String teacher = TestUsers.teacher("picks");
        String slug = bankWithEveryChoiceKind(teacher);
        String learner = member(teacher, slug, "picker");
        String attempt = QuizApiTest.start(learner, slug, 5, "practice").getString("attemptId");
        Map<String, KnownAnswers.Delivered> known = KnownAnswers.of(attempt);

        KnownAnswers.Delivered multi = known.get("pm");
        answer(learner, attempt, multi, Map.of("choices", List.of(id(multi, 3), id(multi, 1))));
        KnownAnswers.Delivered single = known.get("ps");
        answer(learner, attempt, single, Map.of("choice", id(single, 2)));
        KnownAnswers.Delivered bool = known.get("pt");
        answer(learner, attempt, bool, Map.of("value", true));

        try (Connection c = db.getConnection()) {
            assertEquals(List.of(1, 3), picked(c, attempt, multi.id()), "the ticked choices, in authored order");
            assertEquals(List.of(2), picked(c, attempt, single.id()));
            assertNull(picked(c, attempt, bool.id()), "no choices to pick");

            // The migration's backfill, run again on these answers, works out the same picks from the JSON.
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE attempt_item SET picked = NULL WHERE attempt_id = '" + attempt + "'")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(backfill() + " AND ai.attempt_id = '" + attempt + "'")) {
                assertEquals(2, s.executeUpdate(), "the two choice answers");
            }
            assertEquals(List.of(1, 3), picked(c, attempt, multi.id()));
            assertEquals(List.of(2), picked(c, attempt, single.id()));
            assertNull(picked(c, attempt, bool.id()));
        }
    }

    @Test
    void anExamAnswerReplacedOnTheLockedPathReplacesItsPicks() throws SQLException {
        String teacher = TestUsers.teacher("picksexam");
        String slug = bankWithEveryChoiceKind(teacher);
        String learner = member(teacher, slug, "exampicker");
        String attempt = QuizApiTest.startExam(learner, slug, 5, 600).getString("attemptId");
        KnownAnswers.Delivered single = KnownAnswers.of(attempt).get("ps");
        try (Connection c = db.getConnection()) {
            long userId = AnswerSqlTest.userId(c, learner);
            assertTrue(quizzes.answer(userId, UUID.fromString(attempt), single.id(), Map.of("choice", id(single, 1)))
                    instanceof AnswerOutcome.Recorded);
            assertEquals(List.of(1), picked(c, attempt, single.id()));
            assertTrue(quizzes.answer(userId, UUID.fromString(attempt), single.id(), Map.of("choice", id(single, 0)))
                    instanceof AnswerOutcome.Recorded);
            assertEquals(List.of(0), picked(c, attempt, single.id()), "the answer as replaced");
        }
    }

    @Test
    void theReportCountsEveryTickedChoiceOfAMultipleChoiceAnswer() {
        String teacher = TestUsers.teacher("pickreport");
        String slug = bankWithEveryChoiceKind(teacher);
        long classId = classOn(teacher, slug);
        String code = joinCode(teacher, classId);
        List<List<Integer>> ticked = List.of(List.of(0, 1), List.of(0, 3), List.of());
        for (List<Integer> indexes : ticked) {
            String learner = joined(code, "ticker");
            String attempt = QuizApiTest.start(learner, slug, 5, "practice").getString("attemptId");
            KnownAnswers.Delivered multi = KnownAnswers.of(attempt).get("pm");
            answer(learner, attempt, multi, Map.of("choices", indexes.stream().map(i -> id(multi, i)).toList()));
            TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
        }
        List<Map<String, Object>> choices = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/report")
                .then().statusCode(200).extract().jsonPath().getList("items.find { it.questionId == 'pm' }.choices");
        Map<String, Integer> picks = new LinkedHashMap<>();
        choices.forEach(c -> picks.put((String) c.get("choice"), (Integer) c.get("picked")));
        assertEquals(Map.of("Kabul", 2, "Herat", 1, "Karachi", 0, "Jalalabad", 1), picks);
    }

    /** A learner in a class of the teacher's that is assigned the bank (which lets the learner take quizzes on it). */
    private static String member(String teacher, String slug, String prefix) {
        return joined(joinCode(teacher, classOn(teacher, slug)), prefix);
    }

    private static long classOn(String teacher, String slug) {
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Pickers"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "kind", "quiz", "count", 5, "dueAt", new TestClock().instant().plusSeconds(3600).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().log().ifValidationFails().statusCode(201);
        return classId;
    }

    private static String joinCode(String teacher, long classId) {
        return TestUsers.as(teacher).get("/api/v1/classes").then().extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
    }

    private static String joined(String code, String prefix) {
        String learner = TestUsers.learner(prefix);
        TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                .post("/api/v1/classes/join").then().statusCode(200);
        return learner;
    }

    private static String bankWithEveryChoiceKind(String teacher) {
        String slug = TeacherBanks.create(teacher, "picks");
        TeacherBanks.add(teacher, slug, TeacherBanks.single("ps", "Which came first?", List.of("first", "second", "third")));
        Map<String, Object> multi = new LinkedHashMap<>(TeacherBanks.single("pm", "Which are Afghan cities?",
                List.of("Kabul", "Herat", "Karachi", "Jalalabad")));
        multi.put("type", "multi");
        multi.remove("answer");
        multi.put("answers", List.of("Kabul", "Herat", "Jalalabad"));
        TeacherBanks.add(teacher, slug, multi);
        Map<String, Object> bool = new LinkedHashMap<>(TeacherBanks.single("pt", "Kabul is a city.", List.of("x")));
        bool.put("type", "truefalse");
        bool.remove("choices");
        bool.put("answer", true);
        TeacherBanks.add(teacher, slug, bool);
        // A quiz has at least five questions.
        TeacherBanks.add(teacher, slug, TeacherBanks.single("p4", "Filler four?", List.of("yes", "no")));
        TeacherBanks.add(teacher, slug, TeacherBanks.single("p5", "Filler five?", List.of("yes", "no")));
        return slug;
    }

    private static void answer(String learner, String attempt, KnownAnswers.Delivered d, Map<String, Object> response) {
        QuizApiTest.answer(learner, attempt, d.id(), response).then().statusCode(200);
    }

    private static String id(KnownAnswers.Delivered d, int authoredIndex) {
        return KnownAnswers.id(d.delivery().choices(), authoredIndex);
    }

    private static List<Integer> picked(Connection c, String attempt, String publicId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT picked FROM attempt_item WHERE attempt_id = '" + attempt + "' AND public_id = '" + publicId + "'");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), publicId);
            Array a = r.getArray(1);
            return a == null ? null : new ArrayList<>(Arrays.asList((Integer[]) a.getArray()));
        }
    }

    /** The UPDATE of the migration that added the column, as released. */
    private static String backfill() {
        try (InputStream in = ChoicesPickedTest.class.getResourceAsStream("/db/migration/V019__attempt_item_picked.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String update = migration.substring(migration.indexOf("UPDATE attempt_item"));
            return update.substring(0, update.lastIndexOf(';'));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
