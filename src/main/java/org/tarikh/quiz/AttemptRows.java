package org.tarikh.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.database.SqlValues;

/**
 * An attempt and one of its items as plain JDBC reads them (the quiz answer and the quiz page): the columns to
 * select, and the rows turned into detached entities that the grading and the views take as Hibernate's.
 */
final class AttemptRows {

    /** The attempt and its bank: {@code attempt a JOIN bank b}. */
    static final String ATTEMPT = "a.id, a.mode, a.started_at, a.expires_at, a.finished_at, a.bank_id, b.slug, b.title, "
            + "b.source_url";

    /** The learner's other open exam on the attempt's bank family, if any (ExamHold): binds {@code :user, :now}. */
    static final String OTHER_OPEN_EXAM = "(SELECT h.exam_id FROM (" + ExamHold.HELD_BANKS + ") h "
            + "WHERE h.bank_id = a.bank_id AND h.exam_id <> a.id LIMIT 1) AS other_exam";

    /** One item and its question version: {@code LEFT JOIN attempt_item i … LEFT JOIN question q ON q.id = i.question_id}. */
    static final String ITEM = "i.id AS item_id, i.position, i.public_id, i.delivery::text AS delivery, "
            + "i.response::text AS response, i.score, i.answered_at, i.flagged, q.id AS question_id, q.question_key, "
            + "q.version, q.type, q.prompt, q.content::text AS content";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<Delivery> DELIVERY = new TypeReference<>() {
    };

    private AttemptRows() {
    }

    static Attempt attempt(ResultSet r) throws SQLException {
        Bank bank = new Bank();
        bank.id = r.getLong("bank_id");
        bank.slug = r.getString("slug");
        bank.title = r.getString("title");
        bank.sourceUrl = r.getString("source_url");
        Attempt a = new Attempt();
        a.id = r.getObject("id", UUID.class);
        a.bank = bank;
        String mode = r.getString("mode");
        a.mode = QuizMode.fromCode(mode).orElseThrow(() -> new IllegalStateException("unknown quiz mode in the database: " + mode));
        a.startedAt = SqlValues.instant(r, "started_at");
        a.expiresAt = SqlValues.instant(r, "expires_at");
        a.finishedAt = SqlValues.instant(r, "finished_at");
        return a;
    }

    /** The row's item of attempt {@code a}, or null when the row has none. */
    static AttemptItem item(ResultSet r, Attempt a) throws SQLException {
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
        item.delivery = parse(r.getString("delivery"), DELIVERY);
        item.response = map(r.getString("response"));
        double score = r.getDouble("score");
        item.score = r.wasNull() ? null : score;
        item.answeredAt = SqlValues.instant(r, "answered_at");
        item.flagged = r.getBoolean("flagged");
        return item;
    }

    static Map<String, Object> map(String json) {
        return parse(json, MAP);
    }

    static <T> T parse(String json, TypeReference<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the database", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }
}
