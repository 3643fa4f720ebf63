package org.tarikh.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tarikh.review.Card;
import org.tarikh.review.Learner;
import org.tarikh.review.scheduler.State;

/** Suspend, unsuspend and reset, one locked card each (a review of the same card waits for it, or it for the review). */
@ApplicationScoped
public class CardChanges {

    private final Clock clock;

    CardChanges(Clock clock) {
        this.clock = clock;
    }

    /** Out of the review queue and every count, its state and history kept; doing it twice changes nothing. */
    @Transactional
    public void suspend(Learner learner, long cardId) {
        locked(learner, cardId).suspended = true;
    }

    @Transactional
    public void unsuspend(Learner learner, long cardId) {
        locked(learner, cardId).suspended = false;
    }

    /**
     * Back to a new card, as if never studied (Anki's "Forget"): its memory state goes, its reviews stay in the
     * history, and it joins the end of the new cards. A suspended card stays suspended.
     */
    @Transactional
    public void reset(Learner learner, long cardId) {
        Card card = locked(learner, cardId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        card.state = State.NEW;
        card.due = now;
        card.addedAt = now;
        card.stability = 0;
        card.difficulty = 0;
        card.scheduledDays = 0;
        card.learningSteps = 0;
        card.reps = 0;
        card.lapses = 0;
        card.lastReview = null;
        card.requeued = false;
    }

    private static Card locked(Learner learner, long cardId) {
        return CardBrowser.owned(learner, Card.<Card>findById(cardId, LockModeType.PESSIMISTIC_WRITE));
    }
}
