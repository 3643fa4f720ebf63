package org.tarikh.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.tarikh.account.User;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotFound;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.FuzzSeed;
import org.tarikh.review.scheduler.Rating;
import org.tarikh.review.scheduler.ReviewOutcome;
import org.tarikh.review.scheduler.Scheduler;
import org.tarikh.review.scheduler.SchedulerParams;

/**
 * Reviews, one transaction each: the card row is locked, so two reviews of one card are serialized and
 * never lost, and a review id seen before answers its first result without changing anything.
 */
@ApplicationScoped
public class ReviewService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Clock clock;
    private final DataSource db;
    private final ObjectMapper json;

    ReviewService(Clock clock, DataSource db, ObjectMapper json) {
        this.clock = clock;
        this.db = db;
        this.json = json;
    }

    /** One review in one local transaction on one connection (plain JDBC: {@link ReviewSql}). */
    public ReviewResult review(Learner learner, long cardId, Integer rating, UUID reviewId, Integer durationMs) {
        if (rating == null || rating < 1 || rating > 4) {
            throw InvalidInput.of("rating", "The rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
        }
        if (reviewId == null) {
            throw InvalidInput.of("reviewId", "Send a reviewId (a UUID) so that a repeated request is not counted twice.");
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                ReviewResult result = review(c, learner, cardId, Rating.ofGrade(rating), reviewId, durationMs);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed); // the server went away: the first failure says why
                }
                throw e;
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // The same reviewId sent at once for two different cards: the second finds the first's row.
                throw new Conflict("This reviewId was already used for another card.");
            }
            throw new IllegalStateException("could not store the review", e);
        }
    }

    private ReviewResult review(Connection c, Learner learner, long cardId, Rating rating, UUID reviewId,
                                Integer durationMs) throws SQLException {
        ReviewSql.LockedCard card = ReviewSql.lock(c, cardId).filter(locked -> locked.userId() == learner.id())
                .orElseThrow(() -> new NotFound("There is no such card.")); // another learner's card: as a missing one
        // Checked after the lock: a concurrent request with the same id has committed by now.
        Optional<ReviewResult> seen = ReviewSql.seen(c, reviewId);
        if (seen.isPresent()) {
            if (seen.get().cardId() != cardId) {
                throw new Conflict("This reviewId was already used for another card.");
            }
            return seen.get();
        }
        if (card.suspended()) {
            throw new Conflict("This card is suspended: unsuspend it in the card browser (/cards) to review it.");
        }
        // Milliseconds, as FSRS (ts-fsrs) counts time, and so that the stored result reads back identical.
        CardState before = card.state();
        // Never before the card's last review: another node's clock may run a few milliseconds ahead of ours,
        // and imported data can carry a later stamp; the scheduler refuses time running backwards.
        Instant now = latest(clock.instant().truncatedTo(ChronoUnit.MILLIS), before.lastReview());
        ReviewOutcome outcome = scheduler(learner, cardId).review(before, rating, now,
                learner.day().daysBetween(before.lastReview(), now));
        ReviewSql.write(c, reviewId, card, outcome, durationMs, snapshotJson(card));
        CardState after = outcome.card();
        return new ReviewResult(cardId, reviewId.toString(), after.state().code(), after.due(), after.scheduledDays(),
                after.stability(), after.difficulty(), outcome.log().retrievability());
    }

    private String snapshotJson(ReviewSql.LockedCard card) {
        try {
            return json.writeValueAsString(CardSnapshot.of(card.state(), card.requeued()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the card's snapshot", e);
        }
    }

    /** Undoes the learner's last review: the card is restored and the log row removed. */
    @Transactional
    public long undoLast(Learner learner) {
        // The learner's row is locked first, so parallel undos take turns and each reads the review still there.
        User.find("id", learner.id()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFound("No such account."));
        ReviewRecord last = ReviewRecord.<ReviewRecord>find("user.id = ?1 order by id desc", learner.id())
                .firstResultOptional().orElseThrow(() -> new Conflict("There is no review to undo."));
        Card card = lockOwned(learner, last.card.id);
        if (!last.reviewedAt.equals(card.lastReview)) {
            // The card was reset since: restoring the state before that review would undo the reset and lose history.
            throw new Conflict("The card of your last review was reset since; that review stays in its history.");
        }
        CardSnapshot.restore(card, last.cardBefore);
        last.delete();
        return card.id;
    }

    private static Instant latest(Instant now, Instant lastReview) {
        return lastReview != null && lastReview.isAfter(now) ? lastReview : now;
    }

    static Scheduler scheduler(Learner learner, long cardId) {
        SchedulerParams params = SchedulerParams.defaults().withDesiredRetention(learner.desiredRetention());
        if (learner.fsrsWeights() != null) {
            params = params.withWeights(learner.fsrsWeights());
        }
        return new Scheduler(params, FuzzSeed.cardId(cardId));
    }

    static Card findOwned(Learner learner, long cardId) {
        return owned(Card.findById(cardId), learner);
    }

    private static Card lockOwned(Learner learner, long cardId) {
        return owned(Card.findById(cardId, LockModeType.PESSIMISTIC_WRITE), learner);
    }

    private static Card owned(Card card, Learner learner) {
        // Another learner's card is answered like a missing one.
        if (card == null || card.userId != learner.id()) {
            throw new NotFound("There is no such card.");
        }
        return card;
    }
}
