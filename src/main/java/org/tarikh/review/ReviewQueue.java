package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.tarikh.database.Rows;
import org.tarikh.failure.NotFound;
import org.tarikh.quiz.ExamHold;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.State;

/**
 * The order in which cards come up: learning and relearning cards that are due, then review cards that are
 * due (and quiz misses), oldest due first, then new cards up to the learner's daily limit. Banks on hold for an
 * open exam ({@link ExamHold}) are left out of all of it.
 *
 * <p>The next card and the day's counts come from one SQL statement (one round trip per request): each branch
 * reads one partial index of V005, and the daily limit of new cards is counted in the same statement. The plans
 * and their timings at a million cards are in docs/review-queue.md.
 */
@ApplicationScoped
public class ReviewQueue {

    /** How many cards are left today, per kind. */
    public record Counts(long newCards, long learning, long due) {
    }

    /** The card to show now, in the scheduler's terms, with the day's counts. */
    public record Next(long cardId, String bank, String bankTitle, long questionRowId, CardState state, boolean requeued,
                       Counts counts) {
    }

    // A quiz miss is counted as due (DUE), so reviewing it does not use up one of the day's new cards.
    static final String HELD_AND_LIMIT = """
            WITH held AS (%s),
            new_left AS (
              SELECT GREATEST(0, :perDay - (SELECT count(*) FROM review_log
                WHERE user_id = :user AND state_before = 'new' AND reviewed_at >= :dayStart
                  AND (card_before ->> 'requeued') IS DISTINCT FROM 'true')) AS n)
            """.formatted(ExamHold.HELD_BANKS);

    static final String LEARNING = "c.state IN ('learning', 'relearning')";
    static final String DUE = "(c.state = 'review' OR c.requeued)";
    static final String NEW = "c.state = 'new' AND NOT c.requeued AND c.added_at <= :now";

    private static final String COUNTS = """
              (SELECT count(*) FROM card c WHERE %1$s AND %2$s AND c.due <= :nextStart) AS learning_count,
              (SELECT count(*) FROM card c WHERE %1$s AND %3$s AND c.due <= :nextStart) AS due_count,
              (SELECT count(*) FROM (SELECT 1 FROM card c WHERE %1$s AND %4$s
                 ORDER BY c.added_at, c.id LIMIT (SELECT n FROM new_left)) AS new_today) AS new_count""";

    private static final String NEXT = HELD_AND_LIMIT + """
            , chosen AS (
              SELECT * FROM (
                (SELECT 1 AS queue, c.* FROM card c WHERE %1$s AND %2$s AND c.due <= :now ORDER BY c.due, c.id LIMIT 1)
                UNION ALL
                (SELECT 2, c.* FROM card c WHERE %1$s AND %3$s AND c.due <= :now ORDER BY c.due, c.id LIMIT 1)
                UNION ALL
                (SELECT 3, c.* FROM card c WHERE %1$s AND %4$s AND (SELECT n FROM new_left) > 0
                 ORDER BY c.added_at, c.id LIMIT 1)
              ) AS candidates ORDER BY queue LIMIT 1)
            SELECT %5$s AS bank_check, ch.id AS card_id, b.slug AS bank, b.title AS bank_title, q.id AS question_row_id,
              ch.state, ch.due, ch.stability, ch.difficulty, ch.scheduled_days, ch.learning_steps, ch.reps, ch.lapses,
              ch.last_review, ch.requeued,
            """ + COUNTS + """

            FROM (SELECT 1) AS one
            LEFT JOIN chosen ch ON true
            LEFT JOIN bank b ON b.id = ch.bank_id
            LEFT JOIN question q ON q.bank_id = ch.bank_id AND q.question_key = ch.question_key AND q.is_current
            """;

    private static final String COUNTS_ONLY = HELD_AND_LIMIT + "SELECT %5$s AS bank_check," + COUNTS;

    private final EntityManager em;

    ReviewQueue(EntityManager em) {
        this.em = em;
    }

    /** The card to show now (empty: nothing is due), of one bank or of all ({@code bankSlug} null); 404 for an unknown bank. */
    public Optional<Next> next(Learner learner, String bankSlug, Instant now) {
        Tuple row = run(NEXT, learner, bankSlug, now);
        if (row.get("card_id") == null) {
            return Optional.empty();
        }
        CardState state = new CardState(Rows.instant(row, "due"), Rows.doubleValue(row, "stability"),
                Rows.doubleValue(row, "difficulty"), Rows.intValue(row, "scheduled_days"),
                Rows.intValue(row, "learning_steps"), Rows.intValue(row, "reps"), Rows.intValue(row, "lapses"),
                State.fromCode(row.get("state", String.class)), Rows.instant(row, "last_review"));
        return Optional.of(new Next(Rows.longValue(row, "card_id"), row.get("bank", String.class),
                row.get("bank_title", String.class), Rows.longValue(row, "question_row_id"), state,
                Rows.isTrue(row, "requeued"), counts(row)));
    }

    /** How many cards are left today, of one bank or of all. */
    public Counts counts(Learner learner, String bankSlug, Instant now) {
        return counts(run(COUNTS_ONLY, learner, bankSlug, now));
    }

    private Tuple run(String template, Learner learner, String bankSlug, Instant now) {
        boolean oneBank = bankSlug != null && !bankSlug.isBlank();
        String scope = "c.user_id = :user AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held)"
                + (oneBank ? " AND c.bank_id = (SELECT id FROM bank WHERE slug = :bank)" : "");
        String bankCheck = oneBank ? "(SELECT id FROM bank WHERE slug = :bank)" : "0";
        Query query = withStudyDay(em.createNativeQuery(template.formatted(scope, LEARNING, DUE, NEW, bankCheck),
                Tuple.class), learner, now);
        if (oneBank) {
            query.setParameter("bank", bankSlug);
        }
        Tuple row = Rows.list(query).get(0);
        if (row.get("bank_check") == null) {
            throw new NotFound("There is no bank '" + bankSlug + "'.");
        }
        return row;
    }

    private static Counts counts(Tuple row) {
        return new Counts(Rows.longValue(row, "new_count"), Rows.longValue(row, "learning_count"),
                Rows.longValue(row, "due_count"));
    }

    /** Binds what {@link #HELD_AND_LIMIT} and the counts need: the learner, now, the daily limit, the study day. */
    static Query withStudyDay(Query query, Learner learner, Instant now) {
        return query.setParameter("user", learner.id())
                .setParameter("now", utc(now))
                .setParameter("perDay", learner.newCardsPerDay())
                .setParameter("dayStart", utc(learner.day().start(now)))
                .setParameter("nextStart", utc(learner.day().nextStart(now)));
    }

    static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
