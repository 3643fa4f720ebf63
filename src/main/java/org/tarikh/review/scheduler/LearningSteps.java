package org.tarikh.review.scheduler;

import java.time.Duration;
import java.util.List;

/** The (re)learning step table (ts-fsrs 5.4.2 src/strategies/learning_steps.ts BasicLearningStepsStrategy). */
final class LearningSteps {

    /** A step delay in minutes and the step index the card moves to. */
    record Step(long minutes, int nextStep) {
    }

    private LearningSteps() {
    }

    /**
     * The step for {@code grade}, or null when the card graduates. Review cards use the relearning steps and only
     * Again has a step; a card at or past the end of its steps graduates on every grade.
     */
    static Step of(SchedulerParams p, State state, int current, Rating grade) {
        boolean relearn = state == State.RELEARNING || state == State.REVIEW;
        List<Duration> steps = relearn ? p.relearningSteps() : p.learningSteps();
        int n = steps.size();
        if (n == 0 || current >= n) {
            return null;
        }
        long first = steps.get(0).toMinutes();
        if (state == State.REVIEW) {
            return grade == Rating.AGAIN ? new Step(steps.get(Math.max(0, current)).toMinutes(), 0) : null;
        }
        return switch (grade) {
            case AGAIN -> new Step(first, 0);
            case HARD -> new Step(hardMinutes(first, n == 1 ? -1 : steps.get(1).toMinutes()), current);
            case GOOD -> current + 1 < n ? new Step(steps.get(current + 1).toMinutes(), current + 1) : null;
            case EASY -> null;
        };
    }

    /** 1.5 x the first step when there is one step, else the mean of the first two, rounded half up. */
    private static long hardMinutes(long first, long second) {
        return second < 0 ? JsMath.round(first * 1.5) : JsMath.round((first + second) / 2.0);
    }
}
