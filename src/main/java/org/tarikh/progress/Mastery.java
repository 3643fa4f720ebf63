package org.tarikh.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.database.Rows;
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

    /** Whole study days from {@code %s} to now in the learner's zone (V018's study_day), as reviews count them. */
    private static final String DAYS_SINCE = "greatest(study_day(:now, u.time_zone) - study_day(%s, u.time_zone), 0)";

    private static final String SQL = """
            WITH learners AS (%s), banks AS (%s),
            topics AS (
                SELECT q.bank_id, q.topic, count(*) AS questions FROM live_question q
                WHERE q.bank_id IN (SELECT bank_id FROM banks)
                GROUP BY q.bank_id, q.topic),
            evidence AS (
                SELECT c.user_id, c.bank_id, c.question_key, c.last_review AS at,
                       power(1 + :factor * %s / c.stability, 0 - :decay) AS r
                FROM card c JOIN learners l ON l.user_id = c.user_id JOIN app_user u ON u.id = c.user_id
                WHERE c.bank_id IN (SELECT bank_id FROM banks) AND c.reps > 0 AND c.stability > 0
                  AND c.last_review IS NOT NULL
                UNION ALL
                SELECT t.user_id, t.bank_id, q.question_key, i.answered_at,
                       CASE WHEN i.score >= 1 - 1e-9
                            THEN power(1 + :factor * %s / :firstGood, 0 - :decay) ELSE 0 END
                FROM attempt_item i JOIN attempt t ON t.id = i.attempt_id JOIN learners l ON l.user_id = t.user_id
                JOIN app_user u ON u.id = t.user_id JOIN question q ON q.id = i.question_id
                WHERE t.bank_id IN (SELECT bank_id FROM banks) AND i.answered_at IS NOT NULL
                  AND (t.mode = 'practice' OR t.finished_at IS NOT NULL)),
            latest AS (
                SELECT DISTINCT ON (e.user_id, e.bank_id, e.question_key) e.user_id, e.bank_id, e.question_key, e.r
                FROM evidence e ORDER BY e.user_id, e.bank_id, e.question_key, e.at DESC),
            recall AS (
                SELECT lt.user_id, q.bank_id, q.topic, count(*) AS seen, sum(lt.r) AS r
                FROM latest lt JOIN live_question q ON q.bank_id = lt.bank_id AND q.question_key = lt.question_key
                GROUP BY lt.user_id, q.bank_id, q.topic)
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
     * selects ({@code user_id}); both are fixed SQL from the caller, their values bound from {@code params}.
     */
    public List<Row> of(String learnersSql, String banksSql, Map<String, Object> params, Instant now) {
        double decay = SchedulerParams.defaults().weights().get(20);
        var query = em.createNativeQuery(SQL.formatted(learnersSql, banksSql, DAYS_SINCE.formatted("c.last_review"),
                        DAYS_SINCE.formatted("i.answered_at")), Tuple.class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("firstGood", SchedulerParams.defaults().weights().get(2))
                .setParameter("factor", MemoryModel.factor(decay))
                .setParameter("decay", decay);
        params.forEach(query::setParameter);
        List<Row> out = new ArrayList<>();
        for (Tuple r : Rows.list(query)) {
            out.add(new Row(Rows.longValue(r, "user_id"), r.get("bank", String.class), r.get("topic", String.class),
                    Rows.longValue(r, "questions"), Rows.longValue(r, "seen"), Rows.doubleValue(r, "mastery"),
                    r.get("bank_title", String.class)));
        }
        return out;
    }
}
