package org.tarikh.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.IntervalLabel;
import org.tarikh.review.scheduler.NextStates;
import org.tarikh.review.scheduler.Rating;

/** What each rating would schedule for a card now, as the rating buttons label it ("1m", "10m", "4d"). */
public final class NextIntervals {

    private NextIntervals() {
    }

    /** again, hard, good, easy → the label of the delay each would give, in that order. */
    public static Map<String, String> of(Learner learner, long cardId, CardState state, Instant now) {
        NextStates states = ReviewService.scheduler(learner, cardId)
                .preview(state, now, learner.day().daysBetween(state.lastReview(), now));
        Map<String, String> intervals = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            intervals.put(r.name().toLowerCase(), IntervalLabel.of(states.delay(r, now)));
        }
        return intervals;
    }
}
