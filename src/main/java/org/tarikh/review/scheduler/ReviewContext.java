package org.tarikh.review.scheduler;

import java.time.Duration;
import java.time.Instant;

/** One review in progress: the card before, the review time and elapsed days (ts src/abstract_scheduler.ts init). */
final class ReviewContext {

    final SchedulerParams params;
    final MemoryModel model;
    final CardState last;
    final Instant now;
    final long elapsedDays;
    final int reps;
    private final String seed;
    private final Double retrievability;

    ReviewContext(SchedulerParams params, MemoryModel model, CardState last, Instant now, long elapsedDays,
                  String seed) {
        this.params = params;
        this.model = model;
        this.last = last;
        this.now = now;
        this.elapsedDays = elapsedDays;
        this.reps = last.reps() + 1;
        this.seed = seed;
        boolean hasMemory = last.state() != State.NEW && last.stability() > 0;
        this.retrievability = hasMemory ? model.forgettingCurve(elapsedDays, last.stability()) : null;
    }

    /** The memory state after {@code grade}, t = elapsed days (ts next_ds). */
    MemoryState memory(Rating grade) {
        return model.nextState(last.memory(), elapsedDays, grade, retrievability);
    }

    /** The day interval for a stability, fuzzed when enabled (ts next_interval + apply_fuzz). */
    long interval(double stability) {
        long ivl = model.nextInterval(stability);
        return params.enableFuzz() ? Fuzz.apply(ivl, elapsedDays, params.maximumInterval(), seed) : ivl;
    }

    /** Anki clamps every interval to the maximum (FSRS.md "Decisions for Tarikh" 3; ts can reach max + 2). */
    int capped(long days) {
        return (int) Math.min(days, params.maximumInterval());
    }

    /** A card in Review due {@code days} from now, out of steps. */
    CardState reviewCard(MemoryState m, long days, int lapses) {
        int d = capped(days);
        return card(m, State.REVIEW, now.plus(Duration.ofDays(d)), d, 0, lapses);
    }

    CardState card(MemoryState m, State state, Instant due, int scheduledDays, int step, int lapses) {
        return new CardState(due, m.stability(), m.difficulty(), scheduledDays, step, reps, lapses, state, now);
    }

    ReviewOutcome outcome(Rating rating, CardState next) {
        ReviewLog log = new ReviewLog(rating, last.state(), now, elapsedDays, next.scheduledDays(),
                last.stability(), last.difficulty(), next.stability(), next.difficulty(), retrievability);
        return new ReviewOutcome(next, log);
    }
}
