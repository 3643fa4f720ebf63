package org.tarikh.review;

import java.time.Instant;

/** What a review did to a card, as {@code POST /api/v1/reviews} answers it (the same again for a repeated reviewId). */
public record ReviewResult(long cardId, String reviewId, String state, Instant due, int intervalDays, double stability,
                           double difficulty, Double retrievability) {
}
