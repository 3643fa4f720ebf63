package org.tarikh.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.database.NamedSql;
import org.tarikh.review.scheduler.MemoryModel;
import org.tarikh.review.scheduler.SchedulerParams;

/**
 * Mastery of a topic, the one definition the learner's progress page and the teacher's class report share: the FSRS
 * recall probability now of each of the topic's live questions, summed and divided by the number of questions (a
 * question never met counts 0). A question's recall comes from its latest evidence: a flashcard review (the card's
 * memory state), or a quiz answer, practice or finished exam, read as a first review: right, as FSRS's first "Good"
 * (initial stability w[2]); wrong, 0. Elapsed time is in whole study days in the learner's zone, as reviews count it.
 * "Seen" counts the questions with any evidence. Computed in SQL for many learners at once.
 */
@ApplicationScoped
public class Mastery {

    /** One learner's mastery of one topic of one bank. */
    public record Row(long userId, String bank, String topic, long questions, long seen, double mastery, String bankTitle) {
    }

    /*
     * Shaped for a class of hundreds of learners (issue 11): every piece of evidence is keyed by the id of the live
     * question it is about (integers, hashed), a learner's several answers to one question are reduced to the latest
     * by a hash aggregate (no sort of every answer), and a recall is computed once per (learner, question), from the
     * latest evidence only, with the learner's "today" computed once per learner. A card review and a quiz answer
     * of the same instant count the card; two answers of the same instant, the right one. The learners' cards are
     * read learner by learner through the card index (the LATERAL subquery, kept apart by OFFSET 0 and a
     * materialised CTE): left to itself the planner read all of a million cards to find a class's 25,000
     * (300 ms instead of 125 ms in the benchmark's database, docs/PERFORMANCE.md). The learners' "today" is
     * materialised too: inlined, it was joined to every piece of evidence through the user index and computed
     * 25,000 times for a class of 500 instead of 500 (160 ms against 125 ms for the whole query).
     */
    private static final String SQL = """
            WITH learners AS (%s), banks AS (%s),
            live AS (
                SELECT q.id, q.bank_id, q.question_key, q.topic FROM live_question q
                WHERE q.bank_id IN (SELECT bank_id FROM banks)),
            topics AS (SELECT bank_id, topic, count(*) AS questions FROM live GROUP BY bank_id, topic),
            cards AS MATERIALIZED (
                SELECT c.user_id, lq.id AS question, c.last_review AS at, c.stability
                FROM learners l CROSS JOIN LATERAL (
                    SELECT c.user_id, c.bank_id, c.question_key, c.last_review, c.stability FROM card c
                    WHERE c.user_id = l.user_id AND c.bank_id IN (SELECT bank_id FROM banks)
                      AND c.reps > 0 AND c.stability > 0 AND c.last_review IS NOT NULL
                    OFFSET 0) c
                JOIN live lq ON lq.bank_id = c.bank_id AND lq.question_key = c.question_key),
            answers AS (
                SELECT t.user_id, lq.id AS question, max(i.answered_at) AS at,
                       max(i.answered_at) FILTER (WHERE i.score >= 1 - 1e-9) AS right_at
                FROM attempt_item i JOIN attempt t ON t.id = i.attempt_id JOIN learners l ON l.user_id = t.user_id
                JOIN question q ON q.id = i.question_id
                JOIN live lq ON lq.bank_id = t.bank_id AND lq.question_key = q.question_key
                WHERE i.answered_at IS NOT NULL AND (t.mode = 'practice' OR t.finished_at IS NOT NULL)
                GROUP BY t.user_id, lq.id),
            latest AS (
                SELECT coalesce(c.user_id, a.user_id) AS user_id, coalesce(c.question, a.question) AS question,
                       CASE WHEN a.at IS NULL OR c.at >= a.at THEN c.at ELSE a.at END AS at,
                       CASE WHEN a.at IS NULL OR c.at >= a.at THEN c.stability
                            WHEN a.right_at = a.at THEN :firstGood ELSE 0 END AS stability
                FROM cards c FULL JOIN answers a ON a.user_id = c.user_id AND a.question = c.question),
            learner AS MATERIALIZED (
                SELECT u.id AS user_id, u.time_zone, study_day(:now, u.time_zone) AS today
                FROM app_user u WHERE u.id IN (SELECT user_id FROM learners)),
            recall AS (
                SELECT lt.user_id, lq.bank_id, lq.topic, count(*) AS seen,
                       sum(CASE WHEN lt.stability > 0
                                THEN power(1 + :factor * greatest(d.today - study_day(lt.at, d.time_zone), 0) / lt.stability,
                                           0 - :decay)
                                ELSE 0 END) AS r
                FROM latest lt JOIN live lq ON lq.id = lt.question JOIN learner d ON d.user_id = lt.user_id
                GROUP BY lt.user_id, lq.bank_id, lq.topic)
            SELECT l.user_id, b.slug AS bank, t.topic, t.questions, coalesce(r.seen, 0) AS seen,
                   least(1.0, coalesce(r.r, 0) / t.questions) AS mastery, b.title AS bank_title
            FROM learners l CROSS JOIN topics t JOIN bank b ON b.id = t.bank_id
            LEFT JOIN recall r ON r.user_id = l.user_id AND r.bank_id = t.bank_id AND r.topic = t.topic
            ORDER BY l.user_id, b.slug, t.topic""";

    private final EntityManager em;

    Mastery(EntityManager em) {
        this.em = em;
    }

    /**
     * Mastery of every topic of the banks {@code banksSql} selects ({@code bank_id}) for the learners {@code learnersSql}
     * selects ({@code user_id}); both are fixed SQL from the caller, their values bound from {@code params}. Read with
     * plain JDBC ({@link NamedSql#list}): a class's 2,500 rows as Hibernate's native-query tuples took the JVM about
     * 19 ms per report (async-profiler, docs/PERFORMANCE.md).
     */
    public List<Row> of(String learnersSql, String banksSql, Map<String, Object> params, Instant now) {
        double decay = SchedulerParams.defaults().weights().get(20);
        Map<String, Object> values = new HashMap<>(params);
        values.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        values.put("firstGood", SchedulerParams.defaults().weights().get(2));
        values.put("factor", MemoryModel.factor(decay));
        values.put("decay", decay);
        // Its parameters found at each call (a few microseconds), not once as on the hot paths: a page, a report.
        NamedSql sql = NamedSql.of(SQL.formatted(learnersSql, banksSql));
        return sql.list(em, values, r -> new Row(r.getLong("user_id"), r.getString("bank"), r.getString("topic"),
                r.getLong("questions"), r.getLong("seen"), r.getDouble("mastery"), r.getString("bank_title")));
    }
}
