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
 * Mastery of a topic, the one definition the learner's progress page and the teacher's class report share: the mean
 * FSRS recall probability of the topic's studied cards now (elapsed time in whole study days in the learner's zone,
 * as reviews count it), times the share of the topic's live questions studied. Computed in SQL for many learners at once.
 */
@ApplicationScoped
public class Mastery {

    /** One learner's mastery of one topic of one bank. */
    public record Row(long userId, String bank, String topic, long questions, long seen, double mastery) {
    }

    private static final String SQL = """
            WITH learners AS (%s), banks AS (%s),
            topics AS (
                SELECT q.bank_id, q.topic, count(*) AS questions FROM question q
                WHERE q.bank_id IN (SELECT bank_id FROM banks) AND q.is_current AND q.retired_at IS NULL
                GROUP BY q.bank_id, q.topic),
            recall AS (
                SELECT c.user_id, q.bank_id, q.topic, count(*) AS seen,
                       avg(power(1 + :factor * greatest(
                               CAST((:now AT TIME ZONE coalesce(u.time_zone, 'UTC')) - INTERVAL '4 hours' AS date)
                             - CAST((c.last_review AT TIME ZONE coalesce(u.time_zone, 'UTC')) - INTERVAL '4 hours' AS date), 0)
                           / c.stability, 0 - :decay)) AS r
                FROM card c JOIN learners l ON l.user_id = c.user_id JOIN app_user u ON u.id = c.user_id
                JOIN question q ON q.bank_id = c.bank_id AND q.question_key = c.question_key AND q.is_current
                               AND q.retired_at IS NULL
                WHERE c.bank_id IN (SELECT bank_id FROM banks) AND c.reps > 0 AND c.stability > 0
                  AND c.last_review IS NOT NULL
                GROUP BY c.user_id, q.bank_id, q.topic)
            SELECT l.user_id, b.slug, t.topic, t.questions, coalesce(r.seen, 0),
                   coalesce(r.r * least(1.0, CAST(r.seen AS float8) / t.questions), 0)
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
        var query = em.createNativeQuery(SQL.formatted(learnersSql, banksSql))
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("factor", MemoryModel.factor(decay))
                .setParameter("decay", decay);
        params.forEach(query::setParameter);
        List<Row> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), ((Number) r[5]).doubleValue()));
        }
        return out;
    }
}
