package org.tarikh.review.scheduler;

import java.util.List;

/** FSRS parameter vectors: defaults, clamping, and migration of FSRS-5 and FSRS-4.5 vectors to 21 values. */
public final class Weights {

    /** FSRS-6 defaults: ts-fsrs src/constant.ts default_w = fsrs-rs src/inference.rs DEFAULT_PARAMETERS (rs >= v4.0.0). */
    public static final List<Double> FSRS6_DEFAULT = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** FSRS-5 defaults (19 values): fsrs-rs v1.4.0-v2.0.4 src/inference.rs DEFAULT_PARAMETERS. */
    public static final List<Double> FSRS5_DEFAULT = List.of(
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
            1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);

    static final double FSRS5_DEFAULT_DECAY = 0.5;  // ts src/constant.ts FSRS5_DEFAULT_DECAY
    static final double W17_W18_CEILING = 2.0;      // ts src/constant.ts W17_W18_Ceiling
    static final double INIT_S_MAX = 100.0;         // ts src/constant.ts INIT_S_MAX

    private Weights() {
    }

    /**
     * The 21 weights the scheduler uses: a 21-value vector clipped, or a 19 (FSRS-5) / 17 (FSRS-4.5) one migrated and
     * then clipped, as ts-fsrs 5.4.2 src/default.ts migrateParameters + clipParameters ("clip after migrating").
     */
    public static double[] effective(double[] w, int numRelearningSteps, boolean shortTerm) {
        for (double x : w) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("weights must be finite");
            }
        }
        double[] migrated = switch (w.length) {
            case 21 -> clip(w, numRelearningSteps, shortTerm);
            case 19 -> append(clip(w, numRelearningSteps, shortTerm), 0.0, FSRS5_DEFAULT_DECAY);
            case 17 -> fromFsrs45(clip(w, numRelearningSteps, shortTerm));
            default -> throw new IllegalArgumentException(
                    "FSRS needs 17, 19 or 21 weights (FSRS-4.5, 5, 6), got " + w.length);
        };
        return clip(migrated, numRelearningSteps, shortTerm);
    }

    /** FSRS-4.5 to FSRS-6 (ts src/default.ts migrateParameters case 17; toFixed(8) as there). */
    private static double[] fromFsrs45(double[] w) {
        w[4] = JsMath.toFixed8(w[5] * 2.0 + w[4]);
        w[5] = JsMath.toFixed8(StrictMath.log(w[5] * 3.0 + 1.0) / 3.0);
        w[6] = JsMath.toFixed8(w[6] + 0.5);
        return append(w, 0.0, 0.0, 0.0, FSRS5_DEFAULT_DECAY);
    }

    /** ts src/default.ts clipParameters: each weight into its CLAMP_PARAMETERS range. */
    static double[] clip(double[] w, int numRelearningSteps, boolean shortTerm) {
        double[][] bounds = bounds(shortTerm);
        if (numRelearningSteps > 1 && w.length > 18) {
            double ceiling = w17w18Ceiling(w, bounds, numRelearningSteps);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.min(Math.max(w[i], bounds[i][0]), bounds[i][1]);
        }
        return out;
    }

    /**
     * With n > 1 relearning steps, w17*w18 <= -(ln w11 + ln(2^w13 - 1) + 0.3 w14) / n so that n same-day lapses
     * cannot raise S (ts src/default.ts clipParameters; rs src/parameter_clipper.rs).
     */
    private static double w17w18Ceiling(double[] w, double[][] bounds, int n) {
        double w11 = clamp(w[11], bounds[11]);
        double w13 = clamp(w[13], bounds[13]);
        double w14 = clamp(w[14], bounds[14]);
        double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3) / n;
        return Math.min(Math.max(JsMath.roundTo8(Math.sqrt(Math.max(value, 0))), 0.01), W17_W18_CEILING);
    }

    /** ts src/constant.ts CLAMP_PARAMETERS(W17_W18_Ceiling, enable_short_term). */
    private static double[][] bounds(boolean shortTerm) {
        double sMin = MemoryModel.S_MIN;
        return new double[][] {
            {sMin, INIT_S_MAX}, {sMin, INIT_S_MAX}, {sMin, INIT_S_MAX}, {sMin, INIT_S_MAX}, // w0-w3 initial S
            {1.0, 10.0}, {0.001, 4.0},          // w4, w5 initial D
            {0.001, 4.0}, {0.001, 0.75},        // w6 difficulty step, w7 mean reversion
            {0.0, 4.5}, {0.0, 0.8}, {0.001, 3.5}, // w8-w10 recall stability
            {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, // w11-w14 lapse stability
            {0.0, 1.0}, {1.0, 6.0},             // w15 hard penalty, w16 easy bonus
            {0.0, W17_W18_CEILING}, {0.0, W17_W18_CEILING}, // w17, w18 short-term
            {shortTerm ? 0.01 : 0.0, 0.8},      // w19 short-term S exponent
            {0.1, 0.8},                         // w20 decay
        };
    }

    private static double clamp(double x, double[] range) {
        return Math.min(Math.max(x, range[0]), range[1]);
    }

    private static double[] append(double[] w, double... tail) {
        double[] out = new double[w.length + tail.length];
        System.arraycopy(w, 0, out, 0, w.length);
        System.arraycopy(tail, 0, out, w.length, tail.length);
        return out;
    }

    /** Weights as stored in a text column: the numbers, comma-separated. */
    public static String toText(List<Double> w) {
        return String.join(",", w.stream().map(String::valueOf).toList());
    }

    /** The weights of {@link #toText}; null for null or blank text (the defaults). */
    public static List<Double> fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(text.split(",")).map(s -> Double.valueOf(s.trim())).toList();
    }

    static double[] toArray(List<Double> w) {
        return w.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
