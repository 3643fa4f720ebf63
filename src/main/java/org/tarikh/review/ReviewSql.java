package org.tarikh.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.UUID;
import org.tarikh.database.SqlValues;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.ReviewLog;
import org.tarikh.review.scheduler.ReviewOutcome;
import org.tarikh.review.scheduler.State;
import org.tarikh.signin.JoinedSignIn;
import org.tarikh.web.SignedInUser;

/**
 * The statements of one review, in plain JDBC, each its own transaction (autocommit): the busiest write of the
 * app, so it takes two round trips and no lock, or one when the card is known from the last request (KnownCards).
 * The card and any earlier result of the review id are read together; the card's new state and the log row are
 * then written by one statement, only if the card is still the row version that was read. {@link ReviewService}
 * reads again when it was not.
 */
final class ReviewSql {

    /**
     * The card as read for a review.
     *
     * @param version PostgreSQL's {@code xmin} of the row read: the transaction that wrote that version of the
     *                row. Any write to the card makes a new version with another {@code xmin}.
     */
    record CardRow(long id, long userId, boolean suspended, boolean requeued, CardState state, String version) {
    }

    /** What a review starts from: the card (null when there is none) and the earlier result of its review id. */
    record Read(CardRow card, ReviewResult earlier) {
    }

    /** The same, with the caller that the read signed in (null when the offered secret was not found). */
    record SignedInRead(SignedInUser user, Read read) {
    }

    private static final String CARD_AND_EARLIER = """
            c.xmin::text AS version, c.user_id, c.suspended, c.requeued, c.state, c.due, c.stability,
              c.difficulty, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.last_review,
              l.card_id AS earlier_card_id, l.review_id, l.state_after, l.due_after, l.scheduled_days AS earlier_days,
              l.stability_after, l.difficulty_after, l.retrievability
            """;

    // One row whatever exists: the card's columns are null when there is no such card, the log's when the id is new.
    private static final String READ = "SELECT " + CARD_AND_EARLIER + """
            FROM (SELECT ?::bigint AS card_id, ?::uuid AS review_id) wanted
            LEFT JOIN card c ON c.id = wanted.card_id
            LEFT JOIN review_log l ON l.review_id = wanted.review_id""";

    // The first read of a review served ahead of sign-in: the caller is looked up in the same statement (one
    // statement per kind of sign-in).
    private static final Map<SignedInUser.Via, String> READ_SIGNING_IN = JoinedSignIn.perKind(lookup ->
            "SELECT " + lookup.columns() + ", " + CARD_AND_EARLIER + """
                    FROM (SELECT ?::bigint AS card_id, ?::uuid AS review_id, %s) wanted
                    """.formatted(JoinedSignIn.WANTED) + lookup.joins() + """
                    LEFT JOIN card c ON c.id = wanted.card_id
                    LEFT JOIN review_log l ON l.review_id = wanted.review_id""");

    // The card first, then the log row only where the card was updated: no row is written when the card changed
    // since it was read. A review id stored meanwhile by another request fails the whole statement (unique key).
    // Answers the card's new row version (none when nothing was written). %1$s: CTEs before, %2$s: a condition more.
    private static final String WRITE_TEMPLATE = """
            WITH %1$s updated AS (
              UPDATE card SET state = ?, due = ?, stability = ?, difficulty = ?, scheduled_days = ?, learning_steps = ?,
                reps = ?, lapses = ?, last_review = ?, requeued = false
              WHERE id = ? AND xmin = ?::xid%2$s
              RETURNING id, user_id, xmin::text AS version),
            logged AS (
              INSERT INTO review_log (review_id, card_id, user_id, rating, reviewed_at, elapsed_days, duration_ms,
                state_before, state_after, stability_before, stability_after, difficulty_before, difficulty_after,
                retrievability, scheduled_days, due_after, card_before)
              SELECT ?, id, user_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb FROM updated)
            SELECT version FROM updated""";

    private static final String WRITE = WRITE_TEMPLATE.formatted("", "");

    // A review written from a card and an account as this node last knew them (KnownCards, RememberedLearners),
    // with no read before it: the caller is signed in by the same statement, and found only as that account with
    // the settings the review was computed with (and, for a session, the CSRF token its header was checked against).
    private static final Map<SignedInUser.Via, String> WRITE_SIGNING_IN = JoinedSignIn.perKind(lookup ->
            WRITE_TEMPLATE.formatted("""
                    signed_in AS (
                      SELECT u.id
                      FROM (SELECT %s) wanted
                      %s
                      WHERE u.id = ? AND COALESCE(u.time_zone, '') = ? AND u.desired_retention = ?
                        AND COALESCE(u.fsrs_parameters, '') = ? AND %s),
                    """.formatted(JoinedSignIn.WANTED, lookup.joins(), lookup.csrfMatches()),
                    " AND user_id = (SELECT id FROM signed_in)"));

    private ReviewSql() {
    }

    static Read read(Connection c, long cardId, UUID reviewId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(READ)) {
            s.setLong(1, cardId);
            s.setObject(2, reviewId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Read(card(r, cardId), earlier(r));
            }
        }
    }

    static SignedInRead readSigningIn(Connection c, JoinedSignIn.Offered offered, long cardId, UUID reviewId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(READ_SIGNING_IN.get(offered.via()))) {
            s.setLong(1, cardId);
            s.setObject(2, reviewId);
            offered.bind(s, 3);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new SignedInRead(JoinedSignIn.read(r, offered), new Read(card(r, cardId), earlier(r)));
            }
        }
    }

    private static CardRow card(ResultSet r, long cardId) throws SQLException {
        String version = r.getString("version");
        if (version == null) {
            return null;
        }
        CardState state = new CardState(SqlValues.instant(r, "due"), r.getDouble("stability"), r.getDouble("difficulty"),
                r.getInt("scheduled_days"), r.getInt("learning_steps"), r.getInt("reps"), r.getInt("lapses"),
                State.fromCode(r.getString("state")), SqlValues.instant(r, "last_review"));
        return new CardRow(cardId, r.getLong("user_id"), r.getBoolean("suspended"), r.getBoolean("requeued"), state,
                version);
    }

    private static ReviewResult earlier(ResultSet r) throws SQLException {
        UUID reviewId = r.getObject("review_id", UUID.class);
        if (reviewId == null) {
            return null;
        }
        return new ReviewResult(r.getLong("earlier_card_id"), reviewId.toString(), r.getString("state_after"),
                SqlValues.instant(r, "due_after"), r.getInt("earlier_days"), r.getDouble("stability_after"),
                r.getDouble("difficulty_after"), r.getObject("retrievability", Double.class));
    }

    /**
     * Stores the card's new state and appends the log row (with the card as it was, for undo), if the card is still
     * the version that was read: the card's new row version, or null when it was not (nothing was written).
     */
    static String write(Connection c, UUID reviewId, CardRow card, ReviewOutcome outcome, Integer durationMs,
                        String cardBeforeJson) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(WRITE)) {
            bindWrite(s, 0, reviewId, card, outcome, durationMs, cardBeforeJson);
            return newVersion(s);
        }
    }

    /**
     * The same for a card and an account as remembered, signing the caller in: null when nothing was written
     * (another caller, other settings, or the card changed).
     */
    static String writeSigningIn(Connection c, JoinedSignIn.Offered offered, RememberedLearners.Remembered who,
                                 UUID reviewId, CardRow card, ReviewOutcome outcome, Integer durationMs,
                                 String cardBeforeJson) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(WRITE_SIGNING_IN.get(offered.via()))) {
            int i = offered.bind(s, 1) - 1;
            SignedInUser user = who.user();
            s.setLong(++i, user.id());
            s.setString(++i, user.timeZone() == null ? "" : user.timeZone());
            s.setDouble(++i, user.desiredRetention());
            s.setString(++i, user.fsrsParameters() == null ? "" : user.fsrsParameters());
            s.setString(++i, user.csrfToken());
            bindWrite(s, i, reviewId, card, outcome, durationMs, cardBeforeJson);
            return newVersion(s);
        }
    }

    private static String newVersion(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void bindWrite(PreparedStatement s, int before, UUID reviewId, CardRow card, ReviewOutcome outcome,
                                  Integer durationMs, String cardBeforeJson) throws SQLException {
        ReviewLog log = outcome.log();
        CardState after = outcome.card();
        int i = before;
        s.setString(++i, after.state().code());
        s.setObject(++i, SqlValues.utc(after.due()));
        s.setDouble(++i, after.stability());
        s.setDouble(++i, after.difficulty());
        s.setInt(++i, after.scheduledDays());
        s.setInt(++i, after.learningSteps());
        s.setInt(++i, after.reps());
        s.setInt(++i, after.lapses());
        s.setObject(++i, SqlValues.utc(after.lastReview()));
        s.setLong(++i, card.id());
        s.setString(++i, card.version());
        s.setObject(++i, reviewId);
        s.setInt(++i, log.rating().grade());
        s.setObject(++i, SqlValues.utc(log.reviewedAt()));
        s.setInt(++i, (int) log.elapsedDays());
        if (durationMs == null || durationMs < 0) {
            s.setNull(++i, Types.INTEGER);
        } else {
            s.setInt(++i, durationMs);
        }
        s.setString(++i, log.stateBefore().code());
        s.setString(++i, after.state().code());
        s.setDouble(++i, log.stabilityBefore());
        s.setDouble(++i, log.stabilityAfter());
        s.setDouble(++i, log.difficultyBefore());
        s.setDouble(++i, log.difficultyAfter());
        if (log.retrievability() == null) {
            s.setNull(++i, Types.DOUBLE);
        } else {
            s.setDouble(++i, log.retrievability());
        }
        s.setInt(++i, after.scheduledDays());
        s.setObject(++i, SqlValues.utc(after.due()));
        s.setString(++i, cardBeforeJson);
    }
}
