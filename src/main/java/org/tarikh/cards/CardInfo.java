package org.tarikh.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tarikh.review.CardView;
import org.tarikh.review.scheduler.IntervalLabel;

/**
 * One card in full: where it stands, what each rating would give now, its back, and every review of it.
 * While the learner has an open exam on the card's bank the back is left out and {@code examInProgress} names
 * the exam.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardInfo(CardRow card, Map<String, String> intervals, CardView.Back back, UUID examInProgress,
                       List<HistoryRow> history) {

    /** One review of the card: when, the rating, the state it left the card in and the interval it gave. */
    public record HistoryRow(Instant reviewedAt, int rating, String ratingName, String stateBefore, String stateAfter,
                             int scheduledDays, Instant dueAfter, Integer durationMs) {

        /** The wait this review gave, as the rating buttons say it ("10m", "4d"). */
        public String interval() {
            return IntervalLabel.between(reviewedAt, dueAfter);
        }
    }
}
