package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TestClock;
import org.tarikh.support.TestUsers;

/** The quiz page's one read: which question it shows, its question list, and an exam whose time ran out. */
@QuarkusTest
class QuizPlayTest {

    @Inject
    DataSource db;

    @Inject
    QuizPlay plays;

    @Test
    void thePageShowsTheQuestionAskedForElseTheFirstUnansweredElseTheLast() throws SQLException {
        String learner = TestUsers.learner("playpick");
        UUID attempt = UUID.fromString(QuizApiTest.start(learner, "najibullah-dates", 5, "practice").getString("attemptId"));
        List<KnownAnswers.Delivered> items = List.copyOf(KnownAnswers.of(attempt.toString()).values());
        long user = userId(learner);
        assertEquals(1, shown(user, attempt, null), "nothing answered: the first question");

        QuizApiTest.answer(learner, attempt.toString(), items.get(0).id(), KnownAnswers.right(items.get(0))).then().statusCode(200);
        QuizApiTest.answer(learner, attempt.toString(), items.get(2).id(), KnownAnswers.wrong(items.get(2))).then().statusCode(200);
        assertEquals(2, shown(user, attempt, null), "the first unanswered");
        assertEquals(2, shown(user, attempt, 9), "a number the attempt does not have: the first unanswered");
        assertEquals(2, shown(user, attempt, 0));
        assertEquals(3, shown(user, attempt, 3), "the number asked for");

        PlayView third = plays.play(user, attempt, 3, null).orElseThrow();
        assertEquals(5, third.total());
        assertEquals(2, third.answeredCount());
        assertNotNull(third.feedback(), "an answered practice question shows its feedback");
        assertEquals(java.util.Arrays.asList("right", null, "wrong", null, null), third.nav().stream().map(PlayView.NavItem::outcome).toList());
        assertEquals(Integer.valueOf(4), third.next(), "the next unanswered after it");

        for (int i = 1; i < items.size(); i++) {
            if (i != 2) {
                QuizApiTest.answer(learner, attempt.toString(), items.get(i).id(), KnownAnswers.right(items.get(i))).then().statusCode(200);
            }
        }
        assertEquals(5, shown(user, attempt, null), "all answered: the last question");
    }

    @Test
    void anExamPastItsTimeIsClosedByThePageAndShowsNoQuestion() throws SQLException {
        String learner = TestUsers.learner("playlate");
        UUID exam = UUID.fromString(QuizApiTest.startExam(learner, "najibullah-offices", 5, 60).getString("attemptId"));
        long user = userId(learner);
        assertTrue(plays.play(user, exam, null, null).isPresent());

        TestClock.advance(Duration.ofSeconds(61));
        assertTrue(plays.play(user, exam, null, null).isEmpty(), "time is up: the results instead");
        TestUsers.as(learner).get("/api/v1/quizzes/" + exam).then().statusCode(200)
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
    }

    private int shown(long user, UUID attempt, Integer number) {
        return plays.play(user, attempt, number, null).orElseThrow().nav().stream()
                .filter(PlayView.NavItem::current).findFirst().orElseThrow().number();
    }

    private long userId(String username) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getLong(1);
            }
        }
    }
}
