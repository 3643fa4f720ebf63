package org.tarikh.review;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/reviews/card/{cardId}}: the card, its back, and one history row per stored review. */
public record CardDetail(long cardId, String questionId, String front, String state, Instant due, CardView.Back back,
                         List<HistoryRow> history) {

    /** One stored review. */
    public record HistoryRow(String reviewId, int rating, Instant reviewedAt, String state, double stability,
                             double difficulty) {
    }
}
