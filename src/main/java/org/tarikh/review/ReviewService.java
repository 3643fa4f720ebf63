package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
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

    private final Clock clock;

    ReviewService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public ReviewResult review(Learner learner, long cardId, Integer rating, UUID reviewId, Integer durationMs) {
        if (rating == null || rating < 1 || rating > 4) {
            throw InvalidInput.of("rating", "The rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
        }
        if (reviewId == null) {
            throw InvalidInput.of("reviewId", "Send a reviewId (a UUID) so that a repeated request is not counted twice.");
        }
        Card card = lockOwned(learner, cardId);
        // Checked after the lock: a concurrent request with the same id has committed by now.
        Optional<ReviewRecord> seen = ReviewRecord.find("reviewId", reviewId).firstResultOptional();
        if (seen.isPresent()) {
            if (!seen.get().card.id.equals(cardId)) {
                throw new Conflict("This reviewId was already used for another card.");
            }
            return ReviewResult.of(seen.get());
        }
        if (card.suspended) {
            throw new Conflict("This card is suspended: unsuspend it in the card browser (/cards) to review it.");
        }
        // Milliseconds, as FSRS (ts-fsrs) counts time, and so that the stored result reads back identical.
        CardState before = card.toState();
        // Never before the card's last review: another node's clock may run a few milliseconds ahead of ours,
        // and imported data can carry a later stamp; the scheduler refuses time running backwards.
        Instant now = latest(clock.instant().truncatedTo(ChronoUnit.MILLIS), before.lastReview());
        ReviewOutcome outcome = scheduler(learner, card.id).review(before, Rating.ofGrade(rating), now,
                learner.day().daysBetween(before.lastReview(), now));
        ReviewRecord record = ReviewRecords.of(reviewId, card, outcome, durationMs);
        card.apply(outcome.card());
        record.persist();
        return ReviewResult.of(record);
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
