package org.tarikh.review;

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
import org.tarikh.signin.CsrfGuard;
import org.tarikh.signin.JoinedSignIn;

/**
 * Reviews: two reviews of one card at once are both kept, one after the other (the second is computed again from
 * the first's result), and a review id seen before answers its first result without changing anything.
 */
@ApplicationScoped
public class ReviewService {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Reads and writes before giving up on a card that other requests keep changing (one each is the usual case). */
    private static final int ATTEMPTS = 20;
    /** Learners with fitted weights each have their own parameters; the rest share a few retentions. */
    private static final BoundedMap<SchedulerParams, Scheduler> SCHEDULERS = new BoundedMap<>(1_000);

    private final Clock clock;
    private final DataSource db;
    private final KnownCards known;
    private final RememberedLearners remembered;

    ReviewService(Clock clock, DataSource db, KnownCards known, RememberedLearners remembered) {
        this.clock = clock;
        this.db = db;
        this.known = known;
        this.remembered = remembered;
    }

    /** A review stored: its result, and the card as written (null when the result is an earlier one's). */
    private record Written(ReviewResult result, ReviewSql.CardRow card) {
    }

    /**
     * One review: the card read, the new state computed, then written only if the card has not changed meanwhile;
     * otherwise read again. Each statement is its own transaction, so a review holds no lock between them.
     */
    public ReviewResult review(Learner learner, long cardId, Integer rating, UUID reviewId, Integer durationMs) {
        Rating grade = checked(rating, reviewId);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(true);
            return review(c, learner, ReviewSql.read(c, cardId, reviewId), cardId, grade, reviewId, durationMs).result();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the review", e);
        }
    }

    /**
     * A review whose caller is signed in by its own statements ({@link JoinedSignIn}): when this node knows the card
     * and the caller from their last request, one statement that writes it; otherwise the card read with the
     * sign-in, then written. Empty, with nothing written, when the offered secret was not found or a session's
     * request lacks its CSRF token ({@code csrfHeader}).
     */
    public Optional<ReviewResult> reviewSigningIn(JoinedSignIn.Offered offered, String csrfHeader, long cardId,
                                                  Integer rating, UUID reviewId, Integer durationMs) {
        Rating grade = checked(rating, reviewId);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(true);
            Optional<ReviewResult> asKnown = writeAsKnown(c, offered, csrfHeader, cardId, grade, reviewId, durationMs);
            if (asKnown.isPresent()) {
                return asKnown;
            }
            ReviewSql.SignedInRead first = ReviewSql.readSigningIn(c, offered, cardId, reviewId);
            if (first.user() == null) {
                remembered.forget(offered);
                return Optional.empty();
            }
            if (!CsrfGuard.passes(first.user(), csrfHeader)) {
                return Optional.empty();
            }
            remembered.remember(offered, first.user());
            Written written = review(c, Learner.of(first.user()), first.read(), cardId, grade, reviewId, durationMs);
            if (written.card() != null) {
                known.remember(written.card());
            }
            return Optional.of(written.result());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the review", e);
        }
    }

    /**
     * The review written straight from the card and the caller as last known ({@link KnownCards},
     * {@link RememberedLearners}); empty when either is unknown or the statement found anything changed.
     */
    private Optional<ReviewResult> writeAsKnown(Connection c, JoinedSignIn.Offered offered, String csrfHeader,
                                                long cardId, Rating rating, UUID reviewId, Integer durationMs)
            throws SQLException {
        RememberedLearners.Remembered who = remembered.of(offered);
        ReviewSql.CardRow card = known.of(cardId);
        if (who == null || card == null || card.userId() != who.learner().id() || card.suspended()
                || !CsrfGuard.passes(who.user(), csrfHeader)) {
            return Optional.empty();
        }
        ReviewOutcome outcome = schedule(who.learner(), card, rating);
        String version;
        try {
            version = ReviewSql.writeSigningIn(c, offered, who, reviewId, card, outcome, durationMs, snapshotJson(card));
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            version = null; // a review id used before: the usual path answers with its first result
        }
        if (version == null) {
            known.forget(cardId);
            return Optional.empty();
        }
        known.remember(written(card, outcome, version));
        return Optional.of(result(cardId, reviewId, outcome));
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

    private Written review(Connection c, Learner learner, ReviewSql.Read firstRead, long cardId, Rating rating,
                           UUID reviewId, Integer durationMs) throws SQLException {
        ReviewSql.Read read = firstRead;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                read = ReviewSql.read(c, cardId, reviewId);
            }
            Optional<Written> written = attempt(c, learner, read, cardId, rating, reviewId, durationMs);
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw new Conflict("This card kept changing while the review was stored: send the review again.");
    }

    /** The review's result, or empty when another request changed the card or used the review id meanwhile. */
    private Optional<Written> attempt(Connection c, Learner learner, ReviewSql.Read read, long cardId, Rating rating,
                                      UUID reviewId, Integer durationMs) throws SQLException {
        ReviewSql.CardRow card = read.card();
        if (card == null || card.userId() != learner.id()) {
            throw new NotFound("There is no such card."); // another learner's card: as a missing one
        }
        if (read.earlier() != null) {
            if (read.earlier().cardId() != cardId) {
                throw new Conflict("This reviewId was already used for another card.");
            }
            return Optional.of(new Written(read.earlier(), null));
        }
        if (card.suspended()) {
            throw new Conflict("This card is suspended: unsuspend it in the card browser (/cards) to review it.");
        }
        ReviewOutcome outcome = schedule(learner, card, rating);
        String version;
        try {
            version = ReviewSql.write(c, reviewId, card, outcome, durationMs, snapshotJson(card));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Optional.empty(); // the same review id stored at once by another request: read its result
            }
            throw e;
        }
        return version == null ? Optional.empty()
                : Optional.of(new Written(result(cardId, reviewId, outcome), written(card, outcome, version)));
    }

    private ReviewOutcome schedule(Learner learner, ReviewSql.CardRow card, Rating rating) {
        CardState before = card.state();
        // Milliseconds, as FSRS (ts-fsrs) counts time, and so that the stored result reads back identical.
        // Never before the card's last review: another node's clock may run a few milliseconds ahead of ours,
        // and imported data can carry a later stamp; the scheduler refuses time running backwards.
        Instant now = latest(clock.instant().truncatedTo(ChronoUnit.MILLIS), before.lastReview());
        return scheduler(learner, card.id()).review(before, rating, now, learner.day().daysBetween(before.lastReview(), now));
    }

    private static ReviewResult result(long cardId, UUID reviewId, ReviewOutcome outcome) {
        CardState after = outcome.card();
        return new ReviewResult(cardId, reviewId.toString(), after.state().code(), after.due(), after.scheduledDays(),
                after.stability(), after.difficulty(), outcome.log().retrievability());
    }

    /** The card as the review wrote it: its new state, no longer requeued, at its new row version. */
    private static ReviewSql.CardRow written(ReviewSql.CardRow card, ReviewOutcome outcome, String version) {
        return new ReviewSql.CardRow(card.id(), card.userId(), false, false, outcome.card(), version);
    }

    private static String snapshotJson(ReviewSql.CardRow card) {
        return CardSnapshot.json(card.state(), card.requeued());
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

    /**
     * The scheduler for the learner's parameters, with the card's fuzz seed. One is kept per set of parameters, so
     * that a review does not build its memory model (the weights as an array, the interval modifier) again.
     */
    static Scheduler scheduler(Learner learner, long cardId) {
        SchedulerParams params = SchedulerParams.defaults().withDesiredRetention(learner.desiredRetention());
        if (learner.fsrsWeights() != null) {
            params = params.withWeights(learner.fsrsWeights());
        }
        return SCHEDULERS.getOrPut(params, Scheduler::new).withFuzzSeed(FuzzSeed.cardId(cardId));
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
