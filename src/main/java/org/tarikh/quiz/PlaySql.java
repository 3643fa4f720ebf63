package org.tarikh.quiz;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.database.NamedSql;
import org.tarikh.database.SqlValues;

/**
 * The quiz page's read, in plain JDBC and one statement: the attempt, the learner's other open exam on its bank
 * family, the question list's light columns of every item, and the item shown with its question version.
 */
final class PlaySql {

    /** The attempt as the page reads it; {@code shown} is null only for an attempt without items. */
    record Read(Attempt attempt, UUID otherOpenExam, List<ItemStatus> items, AttemptItem shown) {
    }

    private static final TypeReference<List<List<Object>>> STATUSES = new TypeReference<>() {
    };

    // The item shown: the number asked for when the attempt has it, else the first unanswered, else the last
    // (positions run from 1). No row when there is no such attempt or it is not the learner's.
    private static final NamedSql READ = NamedSql.of("""
            WITH items AS (SELECT position, answered_at, flagged, score FROM attempt_item WHERE attempt_id = :attempt),
            shown AS (
              SELECT CASE WHEN :number::int BETWEEN 1 AND (SELECT count(*) FROM items) THEN :number::int
                ELSE COALESCE((SELECT min(position) FROM items WHERE answered_at IS NULL), (SELECT count(*) FROM items))
                END AS position)
            SELECT""" + " " + AttemptRows.ATTEMPT + ", " + AttemptRows.OTHER_OPEN_EXAM + ", " + AttemptRows.ITEM + """
            ,
              (SELECT json_agg(json_build_array(position, answered_at, flagged, score) ORDER BY position)
               FROM items)::text AS statuses
            FROM attempt a
            JOIN bank b ON b.id = a.bank_id
            LEFT JOIN attempt_item i ON i.attempt_id = a.id AND i.position = (SELECT position FROM shown)
            LEFT JOIN question q ON q.id = i.question_id
            WHERE a.id = :attempt AND a.user_id = :user""");

    private PlaySql() {
    }

    /** The learner's attempt with question {@code number} (null: the first unanswered); empty when not theirs. */
    static Optional<Read> read(Connection c, long userId, UUID attemptId, Integer number, Instant now) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("attempt", attemptId);
        values.put("user", userId);
        values.put("number", number);
        values.put("now", SqlValues.utc(now));
        try (PreparedStatement s = READ.prepare(c, values); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Attempt a = AttemptRows.attempt(r);
            return Optional.of(new Read(a, r.getObject("other_exam", UUID.class), statuses(r.getString("statuses")),
                    AttemptRows.item(r, a)));
        }
    }

    /** The items' [position, answered_at, flagged, score] in order, as json_agg wrote them. */
    private static List<ItemStatus> statuses(String json) {
        List<List<Object>> rows = json == null ? List.of() : AttemptRows.parse(json, STATUSES);
        return rows.stream().map(r -> new ItemStatus(((Number) r.get(0)).intValue(),
                r.get(1) == null ? null : OffsetDateTime.parse((String) r.get(1)).toInstant(),
                (Boolean) r.get(2), r.get(3) == null ? null : ((Number) r.get(3)).doubleValue())).toList();
    }
}
