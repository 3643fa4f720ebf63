package org.tarikh.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Whole study days from {@code %s} to now in the learner's zone (the day rolls over at 04:00), as reviews count them. */
    private static final String DAYS_SINCE = """
            greatest(CAST((:now AT TIME ZONE coalesce(u.time_zone, 'UTC')) - INTERVAL '4 hours' AS date)
                   - CAST((%s AT TIME ZONE coalesce(u.time_zone, 'UTC')) - INTERVAL '4 hours' AS date), 0)""";

    private static final String SQL = """
            WITH learners AS (%s), banks AS (%s),
            topics AS (
                SELECT q.bank_id, q.topic, count(*) AS questions FROM question q
                WHERE q.bank_id IN (SELECT bank_id FROM banks) AND q.is_current AND q.retired_at IS NULL
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
                FROM latest lt JOIN question q ON q.bank_id = lt.bank_id AND q.question_key = lt.question_key
                                              AND q.is_current AND q.retired_at IS NULL
                GROUP BY lt.user_id, q.bank_id, q.topic)
            SELECT l.user_id, b.slug, t.topic, t.questions, coalesce(r.seen, 0),
                   least(1.0, coalesce(r.r, 0) / t.questions), b.title
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
    @SuppressWarnings("unchecked")
    public List<Row> of(String learnersSql, String banksSql, Map<String, Object> params, Instant now) {
        double decay = SchedulerParams.defaults().weights().get(20);
        var query = em.createNativeQuery(SQL.formatted(learnersSql, banksSql, DAYS_SINCE.formatted("c.last_review"),
                        DAYS_SINCE.formatted("i.answered_at")))
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("firstGood", SchedulerParams.defaults().weights().get(2))
                .setParameter("factor", MemoryModel.factor(decay))
                .setParameter("decay", decay);
        params.forEach(query::setParameter);
        List<Row> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), ((Number) r[5]).doubleValue(), (String) r[6]));
        }
        return out;
    }
}
