package org.tarikh.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.database.NamedSql;
import org.tarikh.database.SqlValues;

/**
 * The statements of one quiz answer, in plain JDBC, each its own transaction (autocommit): the attempt with the
 * answered item and its question in one read without a lock, then the answer in one write that takes effect only
 * while the attempt is still open (and, in practice, the item still unanswered). {@link QuizService} grades in
 * between, and falls back to its locked path when the write finds the attempt changed since the read.
 */
final class AnswerSql {

    /** The attempt as read for an answer: its item is null when the question id is not one of the attempt's. */
    record Read(Attempt attempt, UUID otherOpenExam, AttemptItem item) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    // No row when there is no such attempt or it is not the learner's. other_exam: the learner's open exam on this
    // bank's family, when it is another attempt (ExamHold).
    private static final NamedSql READ = NamedSql.of("""
            SELECT a.id, a.mode, a.started_at, a.expires_at, a.finished_at, a.bank_id, b.slug, b.source_url,
              (SELECT h.exam_id FROM (%s) h WHERE h.bank_id = a.bank_id AND h.exam_id <> a.id LIMIT 1) AS other_exam,
              i.id AS item_id, i.position, i.public_id, i.delivery::text AS delivery, i.response::text AS response,
              i.score, i.answered_at, i.flagged,
              q.id AS question_id, q.question_key, q.version, q.type, q.prompt, q.content::text AS content
            FROM attempt a
            JOIN bank b ON b.id = a.bank_id
            LEFT JOIN attempt_item i ON i.attempt_id = a.id AND i.public_id = :item
            LEFT JOIN question q ON q.id = i.question_id
            WHERE a.id = :attempt AND a.user_id = :user""".formatted(ExamHold.HELD_BANKS));

    // The attempt's row lock orders the write after a finish or a time-out being written (and those after it);
    // under that lock the attempt is looked at again, so an answer never lands in a closed attempt.
    private static final NamedSql WRITE = NamedSql.of("""
            WITH open AS (
              SELECT id FROM attempt
              WHERE id = :attempt AND finished_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
              FOR NO KEY UPDATE)
            UPDATE attempt_item SET response = :response::jsonb, score = :score, answered_at = :now
            WHERE id = :item AND attempt_id = (SELECT id FROM open) AND (:replaceable OR answered_at IS NULL)""");

    private AnswerSql() {
    }

    /** The learner's attempt with the item the question id names; empty when the attempt is not theirs. */
    static Optional<Read> read(Connection c, long userId, UUID attemptId, String questionId, Instant now)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("attempt", attemptId);
        values.put("user", userId);
        values.put("item", questionId == null ? "" : questionId);
        values.put("now", utc(now));
        try (PreparedStatement s = READ.prepare(c, values); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Attempt a = attempt(r, attemptId);
            return Optional.of(new Read(a, r.getObject("other_exam", UUID.class), item(r, a)));
        }
    }

    /** Stores the graded answer; false when the attempt closed, or the practice item was answered, since the read. */
    static boolean write(Connection c, AttemptItem item, Instant now) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("attempt", item.attempt.id);
        values.put("now", utc(now));
        values.put("response", item.response == null ? null : json(item.response));
        values.put("score", item.score);
        values.put("item", item.id);
        values.put("replaceable", !item.attempt.practice());
        try (PreparedStatement s = WRITE.prepare(c, values)) {
            return s.executeUpdate() == 1;
        }
    }

    private static Attempt attempt(ResultSet r, UUID attemptId) throws SQLException {
        Bank bank = new Bank();
        bank.id = r.getLong("bank_id");
        bank.slug = r.getString("slug");
        bank.sourceUrl = r.getString("source_url");
        Attempt a = new Attempt();
        a.id = attemptId;
        a.bank = bank;
        String mode = r.getString("mode");
        a.mode = QuizMode.fromCode(mode).orElseThrow(() -> new IllegalStateException("unknown quiz mode in the database: " + mode));
        a.startedAt = SqlValues.instant(r, "started_at");
        a.expiresAt = SqlValues.instant(r, "expires_at");
        a.finishedAt = SqlValues.instant(r, "finished_at");
        return a;
    }

    private static AttemptItem item(ResultSet r, Attempt a) throws SQLException {
        long itemId = r.getLong("item_id");
        if (r.wasNull()) {
            return null;
        }
        Question q = new Question();
        q.id = r.getLong("question_id");
        q.key = r.getString("question_key");
        q.version = r.getInt("version");
        String type = r.getString("type");
        q.type = QuestionType.fromCode(type).orElseThrow(() -> new IllegalStateException("unknown question type in the database: " + type));
        q.prompt = r.getString("prompt");
        q.content = map(r.getString("content"));
        AttemptItem item = new AttemptItem();
        item.id = itemId;
        item.attempt = a;
        item.question = q;
        item.position = r.getInt("position");
        item.publicId = r.getString("public_id");
        item.delivery = parse(r.getString("delivery"), Delivery.class);
        item.response = map(r.getString("response"));
        double score = r.getDouble("score");
        item.score = r.wasNull() ? null : score;
        item.answeredAt = SqlValues.instant(r, "answered_at");
        item.flagged = r.getBoolean("flagged");
        return item;
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Map<String, Object> map(String json) {
        try {
            return json == null ? null : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the database", e);
        }
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the database", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }
}
