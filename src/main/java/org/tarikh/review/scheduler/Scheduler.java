package org.tarikh.review.scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The FSRS-6 scheduler (ts-fsrs 5.4.2 FSRS.next / repeat / get_retrievability): give it a card, the time and an
 * answer, get the next card state and a log record. It keeps no state and reads no clock.
 */
public final class Scheduler {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final SchedulerParams params;
    private final MemoryModel model;
    private final FuzzSeed fuzzSeed;

    /** A scheduler whose fuzz is seeded as ts-fsrs does by default ({@link FuzzSeed#TS_DEFAULT}). */
    public Scheduler(SchedulerParams params) {
        this(params, FuzzSeed.TS_DEFAULT);
    }

    public Scheduler(SchedulerParams params, FuzzSeed fuzzSeed) {
        this(Objects.requireNonNull(params, "params"), new MemoryModel(params), fuzzSeed);
    }

    private Scheduler(SchedulerParams params, MemoryModel model, FuzzSeed fuzzSeed) {
        this.params = params;
        this.model = model;
        this.fuzzSeed = Objects.requireNonNull(fuzzSeed, "fuzzSeed");
    }

    /** The same parameters and memory model (both immutable, so shared) with another fuzz seed. */
    public Scheduler withFuzzSeed(FuzzSeed seed) {
        return new Scheduler(params, model, seed);
    }

    public SchedulerParams params() {
        return params;
    }

    public MemoryModel model() {
        return model;
    }

    /** Answers {@code card} at {@code now}, counting elapsed days as UTC calendar days ({@link #elapsedDays}). */
    public ReviewOutcome review(CardState card, Rating rating, Instant now) {
        return preview(card, now).get(rating);
    }

    /** Answers {@code card} with elapsed days counted by the caller (the app: learner's calendar, 04:00 rollover). */
    public ReviewOutcome review(CardState card, Rating rating, Instant now, long elapsedDays) {
        return preview(card, now, elapsedDays).get(rating);
    }

    /** All four outcomes at {@code now}, elapsed days as UTC calendar days. */
    public NextStates preview(CardState card, Instant now) {
        return preview(card, now, elapsedDays(card, now));
    }

    /** All four outcomes; {@code elapsedDays} is ignored for a New card (always 0, as in ts). */
    public NextStates preview(CardState card, Instant now, long elapsedDays) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        long t = card.state() == State.NEW || card.lastReview() == null ? 0 : elapsedDays;
        if (t < 0) {
            throw new IllegalArgumentException("review time is before the last review (elapsed days " + t + ")");
        }
        String seed = params.enableFuzz() ? fuzzSeed.seed(card, now) : null;
        ReviewContext context = new ReviewContext(params, model, card, now, t, seed);
        return params.enableShortTerm() ? ShortTermScheduler.next(context) : LongTermScheduler.next(context);
    }

    /**
     * R of the card at {@code now} as ts-fsrs get_retrievability reports it: t in whole 24-hour periods since the
     * last review, 0 for a New card.
     */
    public double retrievability(CardState card, Instant now) {
        if (card.lastReview() == null) {
            return card.state() == State.NEW || card.stability() <= 0 ? 0 : 1;
        }
        long ms = now.toEpochMilli() - card.lastReview().toEpochMilli();
        return retrievability(card, Math.max(Math.floorDiv(ms, MILLIS_PER_DAY), 0));
    }

    /** R of the card after {@code elapsedDays} days counted by the caller; 0 for a New card. */
    public double retrievability(CardState card, long elapsedDays) {
        if (card.state() == State.NEW || card.stability() <= 0) {
            return 0;
        }
        return model.forgettingCurve(Math.max(elapsedDays, 0), JsMath.toFixed8(card.stability()));
    }

    /**
     * Whole UTC calendar days from the last review to {@code now} (ts src/help.ts dateDiffInDays), 0 for a New card
     * or one never reviewed; negative when {@code now} is before the last review.
     */
    public static long elapsedDays(CardState card, Instant now) {
        if (card.state() == State.NEW || card.lastReview() == null) {
            return 0;
        }
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(card.lastReview(), ZoneOffset.UTC),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
    }
}
