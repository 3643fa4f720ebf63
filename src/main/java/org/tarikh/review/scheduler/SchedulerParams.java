package org.tarikh.review.scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scheduler settings (ts-fsrs src/models.ts FSRSParameters). The weights given may have 21, 19 (FSRS-5) or 17
 * (FSRS-4.5) values; {@link #weights()} holds the 21 effective ones, migrated and clipped as ts-fsrs 5.4.2 does.
 *
 * @param desiredRetention target recall probability, 0 &lt; r &lt; 1 (the app offers 0.70-0.97)
 * @param learningSteps    delays for New/Learning cards, whole minutes (ts default ["1m", "10m"])
 * @param relearningSteps  delays after a lapse, whole minutes (ts default ["10m"])
 * @param maximumInterval  longest interval in days; every interval is clamped to it (FSRS.md "Decisions" 3)
 * @param enableShortTerm  true: steps and same-day stability (ts BasicScheduler); false: ts LongTermScheduler
 */
public record SchedulerParams(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
                              List<Duration> relearningSteps, int maximumInterval, boolean enableFuzz,
                              boolean enableShortTerm) {

    static final double DEFAULT_RETENTION = 0.9;   // ts src/constant.ts default_request_retention
    static final int DEFAULT_MAXIMUM_INTERVAL = 36500; // ts src/constant.ts default_maximum_interval
    private static final Pattern STEP = Pattern.compile("(\\d+)([mhd])"); // ts strategies/learning_steps.ts StepUnit

    public SchedulerParams {
        Objects.requireNonNull(weights, "weights");
        learningSteps = checkSteps(learningSteps);
        relearningSteps = checkSteps(relearningSteps);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1), was " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be >= 1 day, was " + maximumInterval);
        }
        double[] effective = Weights.effective(Weights.toArray(weights), relearningSteps.size(), enableShortTerm);
        List<Double> w = new ArrayList<>(effective.length);
        for (double x : effective) {
            w.add(x);
        }
        weights = List.copyOf(w);
    }

    private static final SchedulerParams DEFAULTS = new SchedulerParams(Weights.FSRS6_DEFAULT, DEFAULT_RETENTION,
            List.of(minutes(1), minutes(10)), List.of(minutes(10)), DEFAULT_MAXIMUM_INTERVAL, true, true);

    /**
     * FSRS-6 default weights, retention 0.9, steps 1m 10m / 10m, 36500 days, short-term on, fuzz on (app default);
     * one shared instance, as a record is immutable.
     */
    public static SchedulerParams defaults() {
        return DEFAULTS;
    }

    public SchedulerParams withWeights(List<Double> w) {
        return new SchedulerParams(w, desiredRetention, learningSteps, relearningSteps, maximumInterval, enableFuzz,
                enableShortTerm);
    }

    public SchedulerParams withDesiredRetention(double r) {
        if (r == desiredRetention) {
            return this;
        }
        return new SchedulerParams(weights, r, learningSteps, relearningSteps, maximumInterval, enableFuzz,
                enableShortTerm);
    }

    public SchedulerParams withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerParams(weights, desiredRetention, learning, relearning, maximumInterval, enableFuzz,
                enableShortTerm);
    }

    public SchedulerParams withMaximumInterval(int days) {
        return new SchedulerParams(weights, desiredRetention, learningSteps, relearningSteps, days, enableFuzz,
                enableShortTerm);
    }

    public SchedulerParams withEnableFuzz(boolean fuzz) {
        return new SchedulerParams(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz,
                enableShortTerm);
    }

    public SchedulerParams withEnableShortTerm(boolean shortTerm) {
        return new SchedulerParams(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                enableFuzz, shortTerm);
    }

    /** Parses a ts-fsrs step such as "1m", "10m", "1h" or "1d". */
    public static Duration parseStep(String step) {
        Matcher m = STEP.matcher(step.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("step must look like 10m, 1h or 1d: " + step);
        }
        long value = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(value);
            case "h" -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        };
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    /** ts counts steps in whole minutes; a zero step would graduate the card, so only positive minutes are taken. */
    private static List<Duration> checkSteps(List<Duration> steps) {
        List<Duration> copy = List.copyOf(Objects.requireNonNull(steps, "steps"));
        for (Duration d : copy) {
            if (d.isNegative() || d.isZero() || d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
                throw new IllegalArgumentException("steps must be positive whole minutes, was " + d);
            }
        }
        return copy;
    }
}
