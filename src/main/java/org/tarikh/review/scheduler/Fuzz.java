package org.tarikh.review.scheduler;

/** Interval fuzz (ts-fsrs 5.4.2 src/help.ts get_fuzz_range + src/algorithm.ts apply_fuzz; anki states/fuzz.rs). */
final class Fuzz {

    /** {start, end, factor}: ts src/help.ts FUZZ_RANGES = py FUZZ_RANGES = anki states/fuzz.rs FUZZ_RANGES. */
    private static final double[][] RANGES = {
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.1},
        {20.0, Double.POSITIVE_INFINITY, 0.05},
    };
    private static final double MIN_FUZZED = 2.5; // ts apply_fuzz: no fuzz below 2.5 days

    /** The interval range fuzz draws from. */
    record Range(long min, long max) {
    }

    private Fuzz() {
    }

    static Range range(long interval, long elapsedDays, int maximumInterval) {
        double delta = 1.0;
        for (double[] r : RANGES) {
            delta += r[2] * Math.max(Math.min(interval, r[1]) - r[0], 0.0);
        }
        long ivl = Math.min(interval, maximumInterval);
        long min = Math.max(2, JsMath.round(ivl - delta));
        long max = Math.min(JsMath.round(ivl + delta), maximumInterval);
        if (ivl > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        return new Range(Math.min(min, max), max);
    }

    /** A day in the fuzz range chosen by the first Alea draw for the seed; intervals under 2.5 days are kept. */
    static long apply(long interval, long elapsedDays, int maximumInterval, String seed) {
        if (interval < MIN_FUZZED) {
            return interval;
        }
        double u = new Alea(seed).next();
        Range r = range(interval, elapsedDays, maximumInterval);
        return (long) Math.floor(u * (r.max() - r.min() + 1) + r.min());
    }
}
