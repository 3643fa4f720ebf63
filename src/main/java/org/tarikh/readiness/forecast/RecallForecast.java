package org.tarikh.readiness.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.review.scheduler.MemoryModel;
import org.tarikh.review.scheduler.MemoryState;
import org.tarikh.review.scheduler.Rating;
import org.tarikh.review.scheduler.SchedulerParams;

/**
 * Readiness for an exam day with the scheduler's own memory model: recall on that day from the FSRS forgetting curve,
 * and how many reviews a plan needs in which each review comes on the day the card falls to the target retention
 * (never before today, never after the exam) and is answered Good. A card never reviewed starts with a review today.
 */
public final class RecallForecast {

    private static final int MAX_REVIEWS = 100; // a guard: the plan reaches the exam in far fewer

    private final MemoryModel model;
    private final double target;

    /** {@code params}: the learner's weights and desired retention, which is the target. */
    public RecallForecast(SchedulerParams params) {
        this.model = new MemoryModel(params);
        this.target = params.desiredRetention();
    }

    public CardForecast card(CardMemory card, LocalDate today, LocalDate exam) {
        double recall = card.reviewed() ? recallOn(card.memory(), card.lastReviewDay(), exam) : 0.0;
        return new CardForecast(recall, reviewsNeeded(card, today, exam));
    }

    /** Per topic, in the order topics first appear in {@code cards}. */
    public List<TopicReadiness> topics(List<CardMemory> cards, LocalDate today, LocalDate exam) {
        Map<String, double[]> sums = new LinkedHashMap<>(); // topic -> {questions, recall sum, reviews}
        for (CardMemory card : cards) {
            CardForecast f = card(card, today, exam);
            double[] s = sums.computeIfAbsent(card.topic(), k -> new double[3]);
            s[0]++;
            s[1] += f.recall();
            s[2] += f.reviewsNeeded();
        }
        List<TopicReadiness> out = new ArrayList<>();
        sums.forEach((topic, s) -> out.add(new TopicReadiness(topic, (int) s[0], s[1] / s[0], (int) s[2])));
        return out;
    }

    private double recallOn(MemoryState memory, LocalDate lastReview, LocalDate day) {
        long t = Math.max(0, ChronoUnit.DAYS.between(lastReview, day));
        return model.forgettingCurve(t, memory.stability());
    }

    private int reviewsNeeded(CardMemory card, LocalDate today, LocalDate exam) {
        if (exam.isBefore(today)) {
            return 0;
        }
        MemoryState memory = card.memory();
        LocalDate last = card.lastReviewDay();
        int reviews = 0;
        if (!card.reviewed()) {
            memory = model.nextState(null, 0, Rating.GOOD);
            last = today;
            reviews = 1;
        }
        while (recallOn(memory, last, exam) < target && reviews < MAX_REVIEWS) {
            LocalDate due = last.plusDays(model.nextInterval(memory.stability()));
            LocalDate day = due.isBefore(today) ? today : due.isAfter(exam) ? exam : due;
            memory = model.nextState(memory, ChronoUnit.DAYS.between(last, day), Rating.GOOD);
            last = day;
            reviews++;
        }
        return reviews;
    }
}
