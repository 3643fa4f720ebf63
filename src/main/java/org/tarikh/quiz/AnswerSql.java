package org.tarikh.quiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.database.NamedSql;
import org.tarikh.database.SqlValues;

/**
 * The statements of one quiz answer, in plain JDBC, each its own transaction (autocommit): the attempt with the
 * answered item and its question in one read without a lock, then the answer in one write that takes effect only
 * while the attempt is still open (and, in practice, the item still unanswered), and which also requeues the card of
 * a practice question missed. {@link QuizAnswers} grades in between, and turns to QuizService's locked path when the
 * write finds the attempt changed since the read.
 */
final class AnswerSql {

    /** The attempt as read for an answer: its item is null when the question id is not one of the attempt's. */
    record Read(Attempt attempt, UUID otherOpenExam, AttemptItem item) {
    }

    // No row when there is no such attempt or it is not the learner's.
    private static final NamedSql READ = NamedSql.of("SELECT " + AttemptRows.ATTEMPT + ", " + AttemptRows.OTHER_OPEN_EXAM
            + ", " + AttemptRows.ITEM + """

            FROM attempt a
            JOIN bank b ON b.id = a.bank_id
            LEFT JOIN attempt_item i ON i.attempt_id = a.id AND i.public_id = :item
            LEFT JOIN question q ON q.id = i.question_id
            WHERE a.id = :attempt AND a.user_id = :user""");

    // The attempt's row lock orders the write after a finish or a time-out being written (and those after it);
    // under that lock the attempt is looked at again, so an answer never lands in a closed attempt.
    private static final String OPEN_ATTEMPT = """
            open AS (
              SELECT id FROM attempt
              WHERE id = :attempt AND finished_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
              FOR NO KEY UPDATE)""";
    private static final String ANSWER = """
            UPDATE attempt_item SET response = :response::jsonb, picked = :picked::integer[], score = :score, answered_at = :now
            WHERE id = :item AND attempt_id = (SELECT id FROM open) AND (:replaceable OR answered_at IS NULL)""";
    private static final NamedSql WRITE = NamedSql.of("WITH " + OPEN_ATTEMPT + "\n" + ANSWER);

    private AnswerSql() {
    }

    /**
     * The answer and the requeue of its question ({@link MissedQuestions#requeueWhere}) as one statement, for a miss
     * in practice: the card is requeued only if the answer was written, and both or neither are (autocommit).
     */
    static NamedSql requeuingStatement(MissedQuestions missedQuestions) {
        return NamedSql.of("WITH " + OPEN_ATTEMPT + ",\nanswered AS (" + ANSWER + "\n  RETURNING id),\nrequeued AS ("
                + missedQuestions.requeueWhere("WHERE EXISTS (SELECT 1 FROM answered)") + ")\n"
                + "SELECT count(*) FROM answered");
    }

    /** The learner's attempt with the item the question id names; empty when the attempt is not theirs. */
    static Optional<Read> read(Connection c, long userId, UUID attemptId, String questionId, Instant now)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("attempt", attemptId);
        values.put("user", userId);
        values.put("item", questionId == null ? "" : questionId);
        values.put("now", SqlValues.utc(now));
        try (PreparedStatement s = READ.prepare(c, values); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Attempt a = AttemptRows.attempt(r);
            return Optional.of(new Read(a, r.getObject("other_exam", UUID.class), AttemptRows.item(r, a)));
        }
    }

    /** Stores the graded answer; false when the attempt closed, or the practice item was answered, since the read. */
    static boolean write(Connection c, AttemptItem item, Instant now) throws SQLException {
        try (PreparedStatement s = WRITE.prepare(c, answerValues(item, now))) {
            return s.executeUpdate() == 1;
        }
    }

    /**
     * The same for a miss in practice, with the requeue of its question for the learner in the same statement
     * ({@link #requeuingStatement}); false, and nothing requeued, when the answer was not written.
     */
    static boolean writeRequeuing(Connection c, NamedSql requeuing, long userId, AttemptItem item, Instant now)
            throws SQLException {
        Map<String, Object> values = answerValues(item, now);
        values.put("missedUser", userId);
        values.put("missedBank", item.attempt.bank.id);
        values.put("missedQuestionKey", item.question.key);
        try (PreparedStatement s = requeuing.prepare(c, values); ResultSet r = s.executeQuery()) {
            return r.next() && r.getLong(1) == 1;
        }
    }

    private static Map<String, Object> answerValues(AttemptItem item, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("attempt", item.attempt.id);
        values.put("now", SqlValues.utc(now));
        values.put("response", item.response == null ? null : AttemptRows.json(item.response));
        values.put("picked", item.picked);
        values.put("score", item.score);
        values.put("item", item.id);
        values.put("replaceable", !item.attempt.practice());
        return values;
    }
}
