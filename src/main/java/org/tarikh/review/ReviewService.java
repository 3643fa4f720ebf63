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
import java.util.function.Predicate;
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
import org.tarikh.signin.JoinedSignIn;
import org.tarikh.web.SignedInUser;

/**
 * Reviews: two reviews of one card at once are both kept, one after the other (the second is computed again from
 * the first's result), and a review id seen before answers its first result without changing anything.
 */
@ApplicationScoped
public class ReviewService {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Reads and writes before giving up on a card that other requests keep changing (one each is the usual case). */
    private static final int ATTEMPTS = 20;

    private final Clock clock;
    private final DataSource db;
    private final ObjectMapper json;

    ReviewService(Clock clock, DataSource db, ObjectMapper json) {
        this.clock = clock;
        this.db = db;
        this.json = json;
    }

    /**
     * One review: the card read, the new state computed, then written only if the card has not changed meanwhile;
     * otherwise read again. Each statement is its own transaction, so a review holds no lock between them.
     */
    public ReviewResult review(Learner learner, long cardId, Integer rating, UUID reviewId, Integer durationMs) {
        Rating grade = checked(rating, reviewId);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(true);
            return review(c, learner, ReviewSql.read(c, cardId, reviewId), cardId, grade, reviewId, durationMs);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the review", e);
        }
    }

    /**
     * A review whose caller is signed in by its first read ({@link JoinedSignIn}): empty, with nothing written, when
     * the offered secret was not found or the caller is not {@code allowed} (its CSRF token is missing).
     */
    public Optional<ReviewResult> reviewSigningIn(JoinedSignIn.Offered offered, Predicate<SignedInUser> allowed,
                                                  long cardId, Integer rating, UUID reviewId, Integer durationMs) {
        Rating grade = checked(rating, reviewId);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(true);
            ReviewSql.SignedInRead first = ReviewSql.readSigningIn(c, offered, cardId, reviewId);
            if (first.user() == null || !allowed.test(first.user())) {
                return Optional.empty();
            }
            return Optional.of(review(c, Learner.of(first.user()), first.read(), cardId, grade, reviewId, durationMs));
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the review", e);
        }
    }

    private static Rating checked(Integer rating, UUID reviewId) {
        if (rating == null || rating < 1 || rating > 4) {
            throw InvalidInput.of("rating", "The rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
        }
        if (reviewId == null) {
            throw InvalidInput.of("reviewId", "Send a reviewId (a UUID) so that a repeated request is not counted twice.");
        }
        return Rating.ofGrade(rating);
    }

    private ReviewResult review(Connection c, Learner learner, ReviewSql.Read firstRead, long cardId, Rating rating,
                                UUID reviewId, Integer durationMs) throws SQLException {
        ReviewSql.Read read = firstRead;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                read = ReviewSql.read(c, cardId, reviewId);
            }
            Optional<ReviewResult> result = attempt(c, learner, read, cardId, rating, reviewId, durationMs);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw new Conflict("This card kept changing while the review was stored: send the review again.");
    }

    /** The review's result, or empty when another request changed the card or used the review id meanwhile. */
    private Optional<ReviewResult> attempt(Connection c, Learner learner, ReviewSql.Read read, long cardId, Rating rating,
                                           UUID reviewId, Integer durationMs) throws SQLException {
        ReviewSql.CardRow card = read.card();
        if (card == null || card.userId() != learner.id()) {
            throw new NotFound("There is no such card."); // another learner's card: as a missing one
        }
        if (read.earlier() != null) {
            if (read.earlier().cardId() != cardId) {
                throw new Conflict("This reviewId was already used for another card.");
            }
            return Optional.of(read.earlier());
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
        try {
            if (!ReviewSql.write(c, reviewId, card, outcome, durationMs, snapshotJson(card))) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Optional.empty(); // the same review id stored at once by another request: read its result
            }
            throw e;
        }
        CardState after = outcome.card();
        return Optional.of(new ReviewResult(cardId, reviewId.toString(), after.state().code(), after.due(),
                after.scheduledDays(), after.stability(), after.difficulty(), outcome.log().retrievability()));
    }

    private String snapshotJson(ReviewSql.CardRow card) {
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
