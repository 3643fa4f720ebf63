package org.tarikh.review.scheduler;

import java.time.Instant;
import java.util.Objects;

/**
 * What the scheduler knows of one card (ts-fsrs src/models.ts Card, without the deprecated elapsed_days).
 *
 * @param learningSteps index of the current (re)learning step
 * @param lastReview    null until the first review
 */
public record CardState(Instant due, double stability, double difficulty, int scheduledDays, int learningSteps,
                        int reps, int lapses, State state, Instant lastReview) {

    public CardState {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        if (!(stability >= 0) || !(difficulty >= 0) || Double.isInfinite(stability) || Double.isInfinite(difficulty)) {
            throw new IllegalArgumentException("stability and difficulty must be finite and >= 0");
        }
        if (scheduledDays < 0 || learningSteps < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("counters must be >= 0");
        }
    }

    /** A card never reviewed, due now (ts-fsrs src/default.ts createEmptyCard). */
    public static CardState newCard(Instant now) {
        return new CardState(now, 0, 0, 0, 0, 0, 0, State.NEW, null);
    }

    /** The memory part of the state. */
    public MemoryState memory() {
        return new MemoryState(stability, difficulty);
    }
}
