package org.tarikh.review.scheduler;

import java.time.Duration;
import java.time.Instant;

/** Learning/relearning steps and same-day stability (ts-fsrs 5.4.2 src/impl/basic_scheduler.ts BasicScheduler). */
final class ShortTermScheduler {

    private static final long MINUTES_PER_DAY = 1440; // basic_scheduler.ts applyLearningSteps: a step of a day or more

    private ShortTermScheduler() {
    }

    static NextStates next(ReviewContext c) {
        return switch (c.last.state()) {
            case NEW -> inSteps(c, State.LEARNING);
            case LEARNING, RELEARNING -> inSteps(c, c.last.state());
            case REVIEW -> review(c);
        };
    }

    /** New, Learning, Relearning: memory update, then the step table (ts newState / learningState). */
    private static NextStates inSteps(ReviewContext c, State toState) {
        ReviewOutcome[] out = new ReviewOutcome[4];
        for (Rating g : Rating.values()) {
            CardState next = applySteps(c, c.memory(g), g, toState, c.last.lapses());
            out[g.ordinal()] = c.outcome(g, next);
        }
        return new NextStates(out[0], out[1], out[2], out[3]);
    }

    /** Review: hard <= good < easy; Again goes to the relearning steps with a lapse (ts reviewState). */
    private static NextStates review(ReviewContext c) {
        MemoryState again = c.memory(Rating.AGAIN);
        MemoryState hard = c.memory(Rating.HARD);
        MemoryState good = c.memory(Rating.GOOD);
        MemoryState easy = c.memory(Rating.EASY);
        long hardIvl = c.interval(hard.stability());
        long goodIvl = c.interval(good.stability());
        hardIvl = Math.min(hardIvl, goodIvl);
        goodIvl = Math.max(goodIvl, hardIvl + 1);
        long easyIvl = Math.max(c.interval(easy.stability()), goodIvl + 1);
        int lapses = c.last.lapses();
        return new NextStates(
                c.outcome(Rating.AGAIN, applySteps(c, again, Rating.AGAIN, State.RELEARNING, lapses + 1)),
                c.outcome(Rating.HARD, c.reviewCard(hard, hardIvl, lapses)),
                c.outcome(Rating.GOOD, c.reviewCard(good, goodIvl, lapses)),
                c.outcome(Rating.EASY, c.reviewCard(easy, easyIvl, lapses)));
    }

    /** ts applyLearningSteps: a step under a day stays in {@code toState}; a day or more, or none, goes to Review. */
    private static CardState applySteps(ReviewContext c, MemoryState m, Rating g, State toState, int lapses) {
        LearningSteps.Step step = LearningSteps.of(c.params, c.last.state(), c.last.learningSteps(), g);
        long minutes = step == null ? 0 : Math.max(0, step.minutes());
        int nextStep = step == null ? 0 : Math.max(0, step.nextStep());
        if (minutes > 0 && minutes < MINUTES_PER_DAY) {
            return c.card(m, toState, after(c.now, minutes), 0, nextStep, lapses);
        }
        if (minutes >= MINUTES_PER_DAY) {
            return c.card(m, State.REVIEW, after(c.now, minutes), (int) (minutes / MINUTES_PER_DAY), nextStep, lapses);
        }
        return c.reviewCard(m, c.interval(m.stability()), lapses);
    }

    private static Instant after(Instant now, long minutes) {
        return now.plus(Duration.ofMinutes(minutes));
    }
}
