package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.FuzzSeed;
import org.tarikh.review.scheduler.Rating;
import org.tarikh.review.scheduler.Scheduler;
import org.tarikh.review.scheduler.SchedulerParams;
import org.tarikh.review.scheduler.State;

/**
 * A review's scheduler shares its memory model with every review of the same parameters, and schedules exactly as
 * one built afresh: same card, same fuzz, same outcome, whatever the learner's retention and weights.
 */
class SchedulerSharingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final CardState REVIEWED = new CardState(Instant.parse("2026-11-20T10:00:00Z"), 12.5, 5.2, 10, 0, 4, 1,
            State.REVIEW, Instant.parse("2026-11-10T10:00:00Z"));

    @Test
    void sameParametersShareOneModelAndScheduleAsAFreshScheduler() {
        Learner learner = new Learner(1, StudyDay.of("Asia/Kabul"), 20, 0.85);
        Scheduler first = ReviewService.scheduler(learner, 101);
        Scheduler second = ReviewService.scheduler(new Learner(2, StudyDay.of(null), 20, 0.85), 102);
        assertSame(first.model(), second.model());
        for (long cardId : new long[] {101, 102, 9_999_999}) {
            Scheduler fresh = new Scheduler(SchedulerParams.defaults().withDesiredRetention(0.85), FuzzSeed.cardId(cardId));
            for (Rating rating : Rating.values()) {
                assertEquals(fresh.review(REVIEWED, rating, NOW, 20), ReviewService.scheduler(learner, cardId).review(REVIEWED, rating, NOW, 20));
            }
        }
    }

    @Test
    void otherRetentionsAndFittedWeightsGetTheirOwn() {
        List<Double> fitted = new ArrayList<>(SchedulerParams.defaults().weights());
        fitted.set(0, 0.5);
        Learner plain = new Learner(1, StudyDay.of(null), 20, 0.9);
        Learner stricter = new Learner(2, StudyDay.of(null), 20, 0.95);
        Learner own = new Learner(3, StudyDay.of(null), 20, 0.9, fitted);
        assertNotSame(ReviewService.scheduler(plain, 1).model(), ReviewService.scheduler(stricter, 1).model());
        assertNotSame(ReviewService.scheduler(plain, 1).model(), ReviewService.scheduler(own, 1).model());
        assertEquals(fitted, ReviewService.scheduler(own, 1).params().weights());
        assertEquals(0.95, ReviewService.scheduler(stricter, 1).params().desiredRetention());
        CardState fresh = new CardState(NOW, 0, 0, 0, 0, 0, 0, State.NEW, null);
        assertEquals(new Scheduler(SchedulerParams.defaults().withWeights(fitted), FuzzSeed.cardId(5)).review(fresh, Rating.GOOD, NOW, 0),
                ReviewService.scheduler(own, 5).review(fresh, Rating.GOOD, NOW, 0));
    }
}
