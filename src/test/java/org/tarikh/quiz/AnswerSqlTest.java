package org.tarikh.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tarikh.database.NamedSql;
import org.tarikh.support.KnownAnswers;
import org.tarikh.support.TestUsers;

/**
 * A quiz answer is read without a lock and written only while the attempt is open (and, in practice, the item
 * unanswered): a write from a read that has gone stale stores nothing, and the answer then takes the locked path
 * (the API's refusals for those cases are in {@link QuizApiTest} and {@link ExamIntegrityTest}).
 */
@QuarkusTest
class AnswerSqlTest {

    @Inject
    DataSource db;

    @Inject
    Clock clock;

    @Inject
    MissedQuestions missedQuestions;

    @Test
    void aPracticeItemAnsweredSinceTheReadIsNotAnsweredAgain() throws SQLException {
        String learner = TestUsers.learner("answersql");
        String attempt = QuizApiTest.start(learner, "najibullah-dates", 5, "practice").getString("attemptId");
        KnownAnswers.Delivered first = List.copyOf(KnownAnswers.of(attempt).values()).get(0);
        try (Connection c = db.getConnection()) {
            long userId = userId(c, learner);
            AnswerSql.Read read = AnswerSql.read(c, userId, UUID.fromString(attempt), first.id(), clock.instant()).orElseThrow();
            assertNull(read.otherOpenExam());
            assertEquals(first.id(), read.item().publicId);
            assertNull(read.item().answeredAt);
            assertEquals(first.delivery(), read.item().delivery, "the delivery as stored");

            QuizService.grade(read.item(), KnownAnswers.right(first), clock.instant());
            assertTrue(AnswerSql.write(c, read.item(), clock.instant()));
            assertEquals(1.0, number(c, "SELECT score FROM attempt_item WHERE public_id = '" + first.id() + "'"));
            assertFalse(AnswerSql.write(c, read.item(), clock.instant()),
                    "the same practice item, answered since the read");

            AnswerSql.Read again = AnswerSql.read(c, userId, UUID.fromString(attempt), first.id(), clock.instant()).orElseThrow();
            assertNotNull(again.item().answeredAt);
            assertEquals(read.item().response, again.item().response, "the response stored as sent");
            assertTrue(AnswerSql.read(c, userId, UUID.fromString(attempt), "no-such-id", clock.instant()).orElseThrow().item() == null);
            assertTrue(AnswerSql.read(c, userId(c, TestUsers.learner("other")), UUID.fromString(attempt), first.id(),
                    clock.instant()).isEmpty(), "another learner's attempt reads as none");
        }
    }

    @Test
    void aMissInPracticeIsStoredWithItsCardRequeuedOrNeither() throws SQLException {
        String learner = TestUsers.learner("answersqlmiss");
        String attempt = QuizApiTest.start(learner, "najibullah-dates", 5, "practice").getString("attemptId");
        List<KnownAnswers.Delivered> delivered = List.copyOf(KnownAnswers.of(attempt).values());
        NamedSql requeuing = AnswerSql.requeuingStatement(missedQuestions);
        try (Connection c = db.getConnection()) {
            long userId = userId(c, learner);
            AnswerSql.Read missed = AnswerSql.read(c, userId, UUID.fromString(attempt), delivered.get(0).id(), clock.instant())
                    .orElseThrow();
            QuizService.grade(missed.item(), KnownAnswers.wrong(delivered.get(0)), clock.instant());
            assertEquals(0, cards(c, userId, missed.item()), "the learner does not study the bank");
            assertTrue(AnswerSql.writeRequeuing(c, requeuing, userId, missed.item(), clock.instant()));
            assertEquals(0.0, number(c, "SELECT score FROM attempt_item WHERE public_id = '" + delivered.get(0).id() + "'"));
            assertEquals(1, cards(c, userId, missed.item()), "the missed question's card, made by the same statement");
            assertEquals(1.0, number(c, "SELECT count(*) FROM card WHERE user_id = " + userId
                    + " AND requeued AND state = 'new' AND due <= now()"), "due now, as a requeued new card");

            // A second miss read before another answer to the same item landed: neither is written.
            AnswerSql.Read stale = AnswerSql.read(c, userId, UUID.fromString(attempt), delivered.get(1).id(), clock.instant())
                    .orElseThrow();
            QuizService.grade(stale.item(), KnownAnswers.right(delivered.get(1)), clock.instant());
            assertTrue(AnswerSql.write(c, stale.item(), clock.instant()));
            QuizService.grade(stale.item(), KnownAnswers.wrong(delivered.get(1)), clock.instant());
            assertFalse(AnswerSql.writeRequeuing(c, requeuing, userId, stale.item(), clock.instant()));
            assertEquals(1.0, number(c, "SELECT score FROM attempt_item WHERE public_id = '" + delivered.get(1).id() + "'"),
                    "the answer that landed first stands");
            assertEquals(0, cards(c, userId, stale.item()), "no card for an answer that was not written");
        }
    }

    private static long cards(Connection c, long userId, AttemptItem item) throws SQLException {
        return (long) number(c, "SELECT count(*) FROM card WHERE user_id = " + userId + " AND bank_id = "
                + item.attempt.bank.id + " AND question_key = '" + item.question.key + "'");
    }

    @Test
    void anAnswerToAnExamFinishedSinceTheReadIsNotStored() throws SQLException {
        String learner = TestUsers.learner("answersqlexam");
        String attempt = QuizApiTest.startExam(learner, "najibullah-offices", 5, 600).getString("attemptId");
        KnownAnswers.Delivered first = List.copyOf(KnownAnswers.of(attempt).values()).get(0);
        try (Connection c = db.getConnection()) {
            AnswerSql.Read read = AnswerSql.read(c, userId(c, learner), UUID.fromString(attempt), first.id(), clock.instant()).orElseThrow();
            QuizService.grade(read.item(), KnownAnswers.right(first), clock.instant());
            assertTrue(AnswerSql.write(c, read.item(), clock.instant()));
            assertTrue(AnswerSql.write(c, read.item(), clock.instant()), "an exam answer may be replaced");

            TestUsers.as(learner).post("/api/v1/quizzes/" + attempt + "/finish").then().statusCode(200);
            QuizService.grade(read.item(), KnownAnswers.wrong(first), clock.instant());
            assertFalse(AnswerSql.write(c, read.item(), clock.instant()), "the exam is finished");
            assertEquals(1.0, number(c, "SELECT score FROM attempt_item WHERE public_id = '" + first.id() + "'"),
                    "the answer given before the finish stands");
        }
        QuizApiTest.answer(learner, attempt, first.id(), KnownAnswers.wrong(first)).then().statusCode(409);
    }

    @Test
    void theSamePracticeAnswerSentAtOnceIsTakenOnce() throws Exception {
        String learner = TestUsers.learner("answertwice");
        String attempt = QuizApiTest.start(learner, "najibullah-dates", 5, "practice").getString("attemptId");
        KnownAnswers.Delivered first = List.copyOf(KnownAnswers.of(attempt).values()).get(0);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<CompletableFuture<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return QuizApiTest.answer(learner, attempt, first.id(), KnownAnswers.wrong(first)).statusCode();
                }, tabs));
            }
            go.countDown();
            for (CompletableFuture<Integer> f : sent) {
                statuses.add(f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            tabs.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one answer taken: " + statuses);
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "the others refused: " + statuses);
        try (Connection c = db.getConnection()) {
            assertEquals(1, number(c, "SELECT count(*) FROM card c JOIN attempt a ON a.user_id = c.user_id AND a.bank_id = c.bank_id "
                    + "WHERE a.id = '" + attempt + "' AND c.requeued"), "the missed card requeued once");
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long userId(Connection c, String username) throws SQLException {
        return (long) number(c, "SELECT id FROM app_user WHERE username = '" + username + "'");
    }

    private static double number(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getDouble(1);
        }
    }
}
