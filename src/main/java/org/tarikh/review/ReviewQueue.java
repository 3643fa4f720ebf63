package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tarikh.database.GenericPlans;
import org.tarikh.database.NamedSql;
import org.tarikh.database.SqlValues;
import org.tarikh.failure.NotFound;
import org.tarikh.quiz.ExamHold;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.State;
import org.tarikh.signin.JoinedSignIn;
import org.tarikh.web.SignedInUser;

/**
 * The order in which cards come up: learning and relearning cards that are due, then review cards that are
 * due (and quiz misses), oldest due first, then new cards up to the learner's daily limit. Banks on hold for an
 * open exam ({@link ExamHold}) are left out of all of it.
 *
 * <p>The next card and the day's counts come from one SQL statement (one round trip per request), sent through
 * plain JDBC with its positional form made once: each branch
 * reads one partial index of V005, and the daily limit of new cards is counted in the same statement. It runs
 * with PostgreSQL's generic plan ({@link GenericPlans}): planning it anew for each learner cost six
 * times its execution. The plans and their timings at a million cards are in docs/review-queue.md.
 */
@ApplicationScoped
public class ReviewQueue {

    /** How many cards are left today, per kind. */
    public record Counts(long newCards, long learning, long due) {
    }

    /**
     * The card to show now, in the scheduler's terms, with the day's counts.
     *
     * @param version the card's row version as read (see ReviewSql), for a review written without reading it again
     */
    public record Next(long cardId, String bank, String bankTitle, long questionRowId, CardState state, boolean requeued,
                       String version, Counts counts) {
    }

    // A quiz miss is counted as due (DUE), so reviewing it does not use up one of the day's new cards.
    private static final String HELD_AND_LIMIT_CTES = """
            held AS (%s),
            new_left AS (
              SELECT GREATEST(0, :perDay - (SELECT count(*) FROM review_log
                WHERE user_id = :user AND state_before = 'new' AND reviewed_at >= :dayStart
                  AND (card_before ->> 'requeued') IS DISTINCT FROM 'true')) AS n)
            """.formatted(ExamHold.HELD_BANKS);
    static final String HELD_AND_LIMIT = "WITH " + HELD_AND_LIMIT_CTES;

    static final String LEARNING = "c.state IN ('learning', 'relearning')";
    static final String DUE = "(c.state = 'review' OR c.requeued)";
    static final String NEW = "c.state = 'new' AND NOT c.requeued AND c.added_at <= :now";

    private static final String COUNTS = """
              (SELECT count(*) FROM card c WHERE %1$s AND %2$s AND c.due <= :nextStart) AS learning_count,
              (SELECT count(*) FROM card c WHERE %1$s AND %3$s AND c.due <= :nextStart) AS due_count,
              (SELECT count(*) FROM (SELECT 1 FROM card c WHERE %1$s AND %4$s
                 ORDER BY c.added_at, c.id LIMIT (SELECT n FROM new_left)) AS new_today) AS new_count""";

    private static final String COUNTS_ONLY = HELD_AND_LIMIT + "SELECT %5$s AS bank_check," + COUNTS;

    private static final String NEXT = next("", "", "");

    private static final NamedSql NEXT_ALL = statement(NEXT, false);
    private static final NamedSql NEXT_IN_BANK = statement(NEXT, true);
    private static final NamedSql COUNTS_ALL = statement(COUNTS_ONLY, false);
    private static final NamedSql COUNTS_IN_BANK = statement(COUNTS_ONLY, true);

    // The caller signed in by the statement itself (JoinedSignIn), as the learner the values were made for: found only
    // with the same account, time zone and daily limit. The queue is read for the learner the values name either way
    // (gating each branch on the sign-in cost a fifth of the statement's time); nextSigningIn uses nothing of it
    // unless the caller was found. One statement per kind of sign-in (JoinedSignIn.Lookup).
    private static final Map<SignedInUser.Via, NamedSql> NEXT_SIGNING_IN_ALL =
            JoinedSignIn.perKind(lookup -> statement(nextSigningIn(lookup), false));
    private static final Map<SignedInUser.Via, NamedSql> NEXT_SIGNING_IN_BANK =
            JoinedSignIn.perKind(lookup -> statement(nextSigningIn(lookup), true));

    private final GenericPlans db;

    ReviewQueue(GenericPlans db) {
        this.db = db;
    }

    /** The card to show now (empty: nothing is due), of one bank or of all ({@code bankSlug} null); 404 for an unknown bank. */
    public Optional<Next> next(Learner learner, String bankSlug, Instant now) {
        return run(NEXT_ALL, NEXT_IN_BANK, studyDayValues(learner, now), bankSlug, row -> {
            requireBank(row, bankSlug);
            return next(row);
        });
    }

    /**
     * The next card for the caller that {@code offered} signs in, expected to be the account remembered from an earlier
     * request: the caller, null when the statement did not find it as that account (then nothing it read is used).
     */
    SignedInNext nextSigningIn(JoinedSignIn.Offered offered, RememberedLearners.Remembered expected, String bankSlug,
                               Instant now) {
        Map<String, Object> values = new HashMap<>(studyDayValues(expected.learner(), now));
        offered.bind(values);
        String timeZone = expected.user().timeZone();
        values.put("timeZone", timeZone == null ? "" : timeZone);
        SignedInUser.Via via = offered.via();
        return run(NEXT_SIGNING_IN_ALL.get(via), NEXT_SIGNING_IN_BANK.get(via), values, bankSlug, row -> {
            SignedInUser user = JoinedSignIn.read(row, offered);
            if (user == null) {
                return new SignedInNext(null, Optional.empty());
            }
            requireBank(row, bankSlug);
            return new SignedInNext(user, next(row));
        });
    }

    /** What {@link #nextSigningIn} found: the caller (null: not signed in that way) and the card. */
    public record SignedInNext(SignedInUser user, Optional<Next> next) {
    }

    /** How many cards are left today, of one bank or of all. */
    public Counts counts(Learner learner, String bankSlug, Instant now) {
        return run(COUNTS_ALL, COUNTS_IN_BANK, studyDayValues(learner, now), bankSlug, row -> {
            requireBank(row, bankSlug);
            return counts(row);
        });
    }

    /** One statement in autocommit: a single statement reads one snapshot, no transaction is needed around it. */
    private <T> T run(NamedSql all, NamedSql inBank, Map<String, Object> studyDay, String bankSlug,
                      NamedSql.RowReader<T> reader) {
        boolean oneBank = bankSlug != null && !bankSlug.isBlank();
        Map<String, Object> values = new HashMap<>(studyDay);
        if (oneBank) {
            values.put("bank", bankSlug);
        }
        NamedSql sql = oneBank ? inBank : all;
        try (Connection c = db.connection();
             PreparedStatement s = sql.prepare(c, values);
             ResultSet row = s.executeQuery()) {
            row.next();
            return reader.read(row);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the review queue", e);
        }
    }

    private static void requireBank(ResultSet row, String bankSlug) throws SQLException {
        row.getLong("bank_check");
        if (row.wasNull()) {
            throw new NotFound("There is no bank '" + bankSlug + "'.");
        }
    }

    private static Optional<Next> next(ResultSet row) throws SQLException {
        long cardId = row.getLong("card_id");
        if (row.wasNull()) {
            return Optional.empty();
        }
        CardState state = new CardState(SqlValues.instant(row, "due"), row.getDouble("stability"), row.getDouble("difficulty"),
                row.getInt("scheduled_days"), row.getInt("learning_steps"), row.getInt("reps"), row.getInt("lapses"),
                State.fromCode(row.getString("state")), SqlValues.instant(row, "last_review"));
        return Optional.of(new Next(cardId, row.getString("bank"), row.getString("bank_title"),
                row.getLong("question_row_id"), state, row.getBoolean("requeued"), row.getString("version"), counts(row)));
    }

    private static String nextSigningIn(JoinedSignIn.Lookup lookup) {
        return next(signedIn(lookup), "signed_in.*, ", "LEFT JOIN signed_in ON true\n");
    }

    private static String signedIn(JoinedSignIn.Lookup lookup) {
        return """
                signed_in AS (
                  SELECT %s
                  FROM (SELECT %s) wanted
                  %s
                  WHERE u.id = :user AND COALESCE(u.time_zone, '') = :timeZone AND u.new_cards_per_day = :perDay),
                """.formatted(lookup.columns(), JoinedSignIn.WANTED_NAMED, lookup.joins());
    }

    /**
     * The next card and the day's counts, with an optional CTE of its own first, its columns first and its join: the
     * signed-in variant's. COALESCE evaluates its arguments only until one is not null, so a queue is read only when
     * those before it are empty (a learning card due means the review and new queues are not searched for the card).
     */
    private static String next(String firstCte, String firstColumns, String firstJoin) {
        return "WITH " + firstCte + HELD_AND_LIMIT_CTES + """
                , chosen AS (
                  SELECT c.*, c.xmin::text AS version FROM card c WHERE c.id = COALESCE(
                    (SELECT c.id FROM card c WHERE %1$s AND %2$s AND c.due <= :now ORDER BY c.due, c.id LIMIT 1),
                    (SELECT c.id FROM card c WHERE %1$s AND %3$s AND c.due <= :now ORDER BY c.due, c.id LIMIT 1),
                    (SELECT c.id FROM card c WHERE %1$s AND %4$s AND (SELECT n FROM new_left) > 0
                     ORDER BY c.added_at, c.id LIMIT 1)))
                SELECT
                """ + firstColumns + """
                %5$s AS bank_check, ch.id AS card_id, b.slug AS bank, b.title AS bank_title, q.id AS question_row_id,
                  ch.state, ch.due, ch.stability, ch.difficulty, ch.scheduled_days, ch.learning_steps, ch.reps, ch.lapses,
                  ch.last_review, ch.requeued, ch.version,
                """ + COUNTS + """

                FROM (SELECT 1) AS one
                """ + firstJoin + """
                LEFT JOIN chosen ch ON true
                LEFT JOIN bank b ON b.id = ch.bank_id
                LEFT JOIN question q ON q.bank_id = ch.bank_id AND q.question_key = ch.question_key AND q.is_current
                """;
    }

    private static NamedSql statement(String template, boolean oneBank) {
        String scope = "c.user_id = :user AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held)"
                + (oneBank ? " AND c.bank_id = (SELECT id FROM bank WHERE slug = :bank)" : "");
        String bankCheck = oneBank ? "(SELECT id FROM bank WHERE slug = :bank)" : "0";
        return NamedSql.of(template.formatted(scope, LEARNING, DUE, NEW, bankCheck));
    }

    private static Counts counts(ResultSet row) throws SQLException {
        return new Counts(row.getLong("new_count"), row.getLong("learning_count"), row.getLong("due_count"));
    }

    /** The values of {@link #HELD_AND_LIMIT} and the counts: the learner, now, the daily limit, the study day. */
    static Map<String, Object> studyDayValues(Learner learner, Instant now) {
        return Map.of("user", learner.id(), "now", SqlValues.utc(now), "perDay", learner.newCardsPerDay(),
                "dayStart", SqlValues.utc(learner.day().start(now)), "nextStart", SqlValues.utc(learner.day().nextStart(now)));
    }

}
