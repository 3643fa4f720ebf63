package org.tarikh.review;

import java.util.UUID;
import org.tarikh.review.scheduler.ReviewLog;
import org.tarikh.review.scheduler.ReviewOutcome;

/** Turns the scheduler's outcome into the stored log row. */
final class ReviewRecords {

    private ReviewRecords() {
    }

    static ReviewRecord of(UUID reviewId, Card card, ReviewOutcome outcome, Integer durationMs) {
        ReviewLog log = outcome.log();
        ReviewRecord r = new ReviewRecord();
        r.reviewId = reviewId;
        r.card = card;
        r.user = card.user;
        r.rating = log.rating().grade();
        r.reviewedAt = log.reviewedAt();
        r.elapsedDays = (int) log.elapsedDays();
        r.durationMs = durationMs == null || durationMs < 0 ? null : durationMs;
        r.stateBefore = log.stateBefore();
        r.stateAfter = outcome.card().state();
        r.stabilityBefore = log.stabilityBefore();
        r.stabilityAfter = log.stabilityAfter();
        r.difficultyBefore = log.difficultyBefore();
        r.difficultyAfter = log.difficultyAfter();
        r.retrievability = log.retrievability();
        r.scheduledDays = outcome.card().scheduledDays();
        r.dueAfter = outcome.card().due();
        r.cardBefore = CardSnapshot.of(card);
        return r;
    }
}
