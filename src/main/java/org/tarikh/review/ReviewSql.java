package org.tarikh.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.database.SqlValues;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.ReviewLog;
import org.tarikh.review.scheduler.ReviewOutcome;
import org.tarikh.review.scheduler.State;

/**
 * The statements of one review, in plain JDBC on the caller's connection and transaction: the busiest write of
 * the app, so it is sent as three statements (the card locked, the review id looked up, the log row and the card
 * row written together) with no ORM between the scheduler and the driver.
 */
final class ReviewSql {

    /** The card as locked for a review. */
    record LockedCard(long id, long userId, boolean suspended, boolean requeued, CardState state) {
    }

    private static final String LOCK = "SELECT user_id, suspended, requeued, state, due, stability, difficulty, "
            + "scheduled_days, learning_steps, reps, lapses, last_review FROM card WHERE id = ? FOR NO KEY UPDATE";

    private static final String SEEN = "SELECT card_id, review_id, state_after, due_after, scheduled_days, "
            + "stability_after, difficulty_after, retrievability FROM review_log WHERE review_id = ?";

    // The log row and the card in one round trip: a data-modifying WITH runs whether or not its rows are read.
    private static final String WRITE = """
            WITH logged AS (
              INSERT INTO review_log (review_id, card_id, user_id, rating, reviewed_at, elapsed_days, duration_ms,
                state_before, state_after, stability_before, stability_after, difficulty_before, difficulty_after,
                retrievability, scheduled_days, due_after, card_before)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb))
            UPDATE card SET state = ?, due = ?, stability = ?, difficulty = ?, scheduled_days = ?, learning_steps = ?,
              reps = ?, lapses = ?, last_review = ?, requeued = false
            WHERE id = ?""";

    private ReviewSql() {
    }

    /** The card, locked until the transaction ends; empty when there is no such card. */
    static Optional<LockedCard> lock(Connection c, long cardId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LOCK)) {
            s.setLong(1, cardId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                CardState state = new CardState(SqlValues.instant(r, "due"), r.getDouble("stability"), r.getDouble("difficulty"),
                        r.getInt("scheduled_days"), r.getInt("learning_steps"), r.getInt("reps"), r.getInt("lapses"),
                        State.fromCode(r.getString("state")), SqlValues.instant(r, "last_review"));
                return Optional.of(new LockedCard(cardId, r.getLong("user_id"), r.getBoolean("suspended"),
                        r.getBoolean("requeued"), state));
            }
        }
    }

    /** The result of an earlier review with this id, if there was one. */
    static Optional<ReviewResult> seen(Connection c, UUID reviewId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SEEN)) {
            s.setObject(1, reviewId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ReviewResult(r.getLong("card_id"), r.getObject("review_id", UUID.class).toString(),
                        r.getString("state_after"), SqlValues.instant(r, "due_after"), r.getInt("scheduled_days"),
                        r.getDouble("stability_after"), r.getDouble("difficulty_after"),
                        r.getObject("retrievability", Double.class)));
            }
        }
    }

    /** Appends the log row (with the card as it was, for undo) and stores the card's new state. */
    static void write(Connection c, UUID reviewId, LockedCard card, ReviewOutcome outcome, Integer durationMs,
                      String cardBeforeJson) throws SQLException {
        ReviewLog log = outcome.log();
        CardState after = outcome.card();
        try (PreparedStatement s = c.prepareStatement(WRITE)) {
            int i = 0;
            s.setObject(++i, reviewId);
            s.setLong(++i, card.id());
            s.setLong(++i, card.userId());
            s.setInt(++i, log.rating().grade());
            s.setObject(++i, ReviewQueue.utc(log.reviewedAt()));
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
            s.setObject(++i, ReviewQueue.utc(after.due()));
            s.setString(++i, cardBeforeJson);
            s.setString(++i, after.state().code());
            s.setObject(++i, ReviewQueue.utc(after.due()));
            s.setDouble(++i, after.stability());
            s.setDouble(++i, after.difficulty());
            s.setInt(++i, after.scheduledDays());
            s.setInt(++i, after.learningSteps());
            s.setInt(++i, after.reps());
            s.setInt(++i, after.lapses());
            s.setObject(++i, ReviewQueue.utc(after.lastReview()));
            s.setLong(++i, card.id());
            s.executeUpdate();
        }
    }
}
