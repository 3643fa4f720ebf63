package org.tarikh.readiness.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.review.scheduler.MemoryState;
import org.tarikh.review.scheduler.SchedulerParams;

/** Readiness figures worked out by hand with the FSRS-6 defaults (F = 0.98034649, decay 0.1542) and retention 0.9. */
class RecallForecastTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate EXAM = LocalDate.of(2026, 1, 31);
    private final RecallForecast forecast = new RecallForecast(SchedulerParams.defaults());

    @Test
    void aCardFadesAlongTheForgettingCurveAndOneReviewOnItsDueDayCarriesItToTheExam() {
        CardMemory card = new CardMemory("events", new MemoryState(10, 5), JAN_1);
        CardForecast f = forecast.card(card, LocalDate.of(2026, 1, 11), EXAM);
        // R(30 days, S 10) = (1 + 0.98034649 * 30 / 10)^-0.1542 = 3.94103947^-0.1542 = 0.809388
        assertEquals(0.809388, f.recall(), 1e-6);
        // Due on Jan 11 (S 10 at retention 0.9 is 10 days), R 0.9 then; Good gives
        // S' = 10 (1 + e^1.8722 (11 - 5) 10^-0.1666 (e^(0.796 * 0.1) - 1)) = 32.03, and R(20 days, 32.03) = 0.929 >= 0.9.
        assertEquals(1, f.reviewsNeeded());
    }

    @Test
    void aCardStillAboveTheTargetOnTheExamDayNeedsNoReview() {
        CardForecast f = forecast.card(new CardMemory("events", new MemoryState(100, 5), LocalDate.of(2026, 1, 25)),
                LocalDate.of(2026, 1, 26), EXAM);
        // R(6, 100) = (1 + 0.98034649 * 0.06)^-0.1542 = 1.05882079^-0.1542 = 0.991225
        assertEquals(0.991225, f.recall(), 1e-6);
        assertEquals(0, f.reviewsNeeded());
    }

    @Test
    void anUnseenQuestionCountsAsForgottenAndNeedsAFirstReview() {
        CardForecast f = forecast.card(CardMemory.unseen("people"), LocalDate.of(2026, 1, 30), EXAM);
        // Good today gives S0 = w2 = 2.3065; R(1 day) = (1 + 0.98034649 / 2.3065)^-0.1542 = 0.946847 >= 0.9
        assertEquals(0.0, f.recall());
        assertEquals(1, f.reviewsNeeded());
    }

    @Test
    void topicsAverageTheirQuestionsAndAddTheirReviews() {
        List<TopicReadiness> topics = forecast.topics(List.of(
                new CardMemory("events", new MemoryState(10, 5), JAN_1),
                new CardMemory("people", new MemoryState(100, 5), LocalDate.of(2026, 1, 25)),
                CardMemory.unseen("events")), LocalDate.of(2026, 1, 30), EXAM);
        assertEquals(2, topics.size());
        TopicReadiness events = topics.get(0);
        assertEquals("events", events.topic());
        assertEquals(2, events.questions());
        assertEquals(0.809388 / 2, events.predictedRecall(), 1e-6);
        // The seen card, overdue since Jan 11, is reviewed today (Jan 30): one review; the unseen one: one.
        assertEquals(2, events.reviewsNeeded());
        assertEquals(new TopicReadiness("people", 1, topics.get(1).predictedRecall(), 0), topics.get(1));
    }

    @Test
    void anExamAlreadyPastNeedsNothing() {
        assertEquals(0, forecast.card(CardMemory.unseen("x"), EXAM.plusDays(1), EXAM).reviewsNeeded());
    }
}
