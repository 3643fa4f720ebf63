package org.tarikh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/**
 * The report's "due now" per student: cards of the class's banks that are due (reviewed or put back in the queue),
 * not suspended; cards of other banks and cards due later do not count. Counted member by member in SQL.
 */
@QuarkusTest
class DueCardsInReportTest {

    @Inject
    DataSource db;

    @Test
    void dueNowCountsTheDueCardsOfTheClassBanksOnly() throws SQLException {
        String teacher = TestUsers.teacher("due-report");
        String slug = TeacherBanks.create(teacher, "due-class");
        for (String id : List.of("q1", "q2", "q3", "q4", "q5")) {
            TeacherBanks.add(teacher, slug, TeacherBanks.single(id, "Question " + id + "?", List.of("right", "wrong")));
        }
        String other = TeacherBanks.create(teacher, "due-other");
        TeacherBanks.add(teacher, other, TeacherBanks.single("q1", "Elsewhere?", List.of("right", "wrong")));
        Instant now = new TestClock().instant();
        long classId = TestUsers.as(teacher).contentType(ContentType.JSON).body(Map.of("name", "Due class"))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = TestUsers.as(teacher).get("/api/v1/classes").then().extract().jsonPath()
                .getString("find { it.id == " + classId + " }.joinCode");
        TestUsers.as(teacher).contentType(ContentType.JSON)
                .body(Map.of("bank", slug, "kind", "review", "dueAt", now.plus(Duration.ofDays(7)).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201);
        String studying = TestUsers.learner("due-studying");
        String idle = TestUsers.learner("due-idle");
        for (String learner : List.of(studying, idle)) {
            TestUsers.as(learner).contentType(ContentType.JSON).body(Map.of("joinCode", code))
                    .post("/api/v1/classes/join").then().statusCode(200);
        }
        for (String bank : List.of(slug, other)) {
            TestUsers.as(studying).contentType(ContentType.JSON).body(Map.of("bank", bank)).post("/api/v1/decks")
                    .then().statusCode(200);
        }
        Instant past = now.minus(Duration.ofHours(2));
        setCard(studying, slug, "q1", "review", past, false, false);                 // due
        setCard(studying, slug, "q2", "review", now.plus(Duration.ofDays(1)), false, false); // later
        setCard(studying, slug, "q3", "review", past, true, false);                  // suspended
        setCard(studying, slug, "q4", "new", past, false, true);                     // put back in the queue: due
        setCard(studying, other, "q1", "review", past, false, false);                // another bank
        // q5 stays new: not due

        Map<String, Integer> dueNow = TestUsers.as(teacher).get("/api/v1/classes/" + classId + "/report").then()
                .statusCode(200).extract().jsonPath().getMap("students.collectEntries { [it.username, it.dueNow] }");
        assertEquals(Map.of(studying, 2, idle, 0), dueNow);
    }

    private void setCard(String username, String bank, String question, String state, Instant due, boolean suspended,
                         boolean requeued) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE card SET state = ?, due = ?, suspended = ?, requeued = ?, reps = 1
                WHERE user_id = (SELECT id FROM app_user WHERE username = ?)
                  AND bank_id = (SELECT id FROM bank WHERE slug = ?) AND question_key = ?""")) {
            s.setString(1, state);
            s.setTimestamp(2, Timestamp.from(due));
            s.setBoolean(3, suspended);
            s.setBoolean(4, requeued);
            s.setString(5, username);
            s.setString(6, bank);
            s.setString(7, question);
            assertEquals(1, s.executeUpdate(), username + "'s card " + bank + "/" + question);
        }
    }
}
