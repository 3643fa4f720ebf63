package org.tarikh.review.scheduler;

import java.time.Instant;

/**
 * What one review did, for the review log (ts-fsrs src/models.ts ReviewLog plus S/D before and after).
 *
 * @param elapsedDays     whole days since the last review, as used by the memory update (0 for a New card)
 * @param scheduledDays   the new interval in days (0 while in (re)learning steps)
 * @param retrievability  R at the elapsed days, as used by the memory update; null for a New card
 */
public record ReviewLog(Rating rating, State stateBefore, Instant reviewedAt, long elapsedDays, int scheduledDays,
                        double stabilityBefore, double difficultyBefore, double stabilityAfter,
                        double difficultyAfter, Double retrievability) {
}
