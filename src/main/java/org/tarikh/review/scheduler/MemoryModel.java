package org.tarikh.review.scheduler;

import static org.tarikh.review.scheduler.JsMath.roundTo8;

/**
 * The FSRS-6 memory model: forgetting curve, intervals and the stability/difficulty update, ported from ts-fsrs 5.4.2
 * src/algorithm.ts with its 8-decimal rounding (roundTo) at the same places, so S and D come out as ts stores them.
 * StrictMath (fdlibm, as V8 uses) keeps exp/log/pow identical on every JVM.
 */
public final class MemoryModel {

    static final double S_MIN = 0.001;   // ts src/constant.ts S_MIN (rs src/simulation.rs S_MIN)
    static final double S_MAX = 36500.0; // ts src/constant.ts S_MAX
    private static final double INIT_S_FLOOR = 0.1; // ts src/algorithm.ts init_stability: max(w[g-1], 0.1)

    private final double[] w;
    private final boolean shortTerm;
    private final int maximumInterval;
    private final double intervalModifier;

    public MemoryModel(SchedulerParams params) {
        this.w = Weights.toArray(params.weights());
        this.shortTerm = params.enableShortTerm();
        this.maximumInterval = params.maximumInterval();
        this.intervalModifier = intervalModifier(w[20], params.desiredRetention());
    }

    /** R(t, S) = (1 + F t / S)^(-w20), rounded to 8 decimals (ts forgetting_curve). */
    public double forgettingCurve(double elapsedDays, double stability) {
        return forgettingCurve(w[20], elapsedDays, stability);
    }

    /** The forgetting curve for a given decay d = w20 > 0. */
    public static double forgettingCurve(double decay, double elapsedDays, double stability) {
        return roundTo8(StrictMath.pow(1 + (factor(decay) * elapsedDays) / stability, -decay));
    }

    /** F = 0.9^(-1/d) - 1, rounded to 8 decimals (ts computeDecayFactor). */
    public static double factor(double decay) {
        return roundTo8(StrictMath.exp(StrictMath.pow(-decay, -1) * StrictMath.log(0.9)) - 1.0);
    }

    /** IM = (r^(-1/d) - 1) / F, so that an interval is S x IM days (ts calculate_interval_modifier). */
    public static double intervalModifier(double decay, double desiredRetention) {
        return roundTo8((StrictMath.pow(desiredRetention, 1 / -decay) - 1) / factor(decay));
    }

    public double intervalModifier() {
        return intervalModifier;
    }

    /** min(max(1, round(S x IM)), maximum interval), without fuzz (ts next_interval). */
    public int nextInterval(double stability) {
        long ivl = Math.min(Math.max(1, JsMath.round(stability * intervalModifier)), maximumInterval);
        return (int) ivl;
    }

    /**
     * The memory state after answering {@code grade} t whole days after the last review (ts next_state). A null or
     * all-zero state means a first review: S0, D0. With short-term on, t = 0 uses the same-day rule.
     */
    public MemoryState nextState(MemoryState prev, double t, Rating grade) {
        return nextState(prev, t, grade, null);
    }

    MemoryState nextState(MemoryState prev, double t, Rating grade, Double retrievability) {
        double d = prev == null ? 0 : prev.difficulty();
        double s = prev == null ? 0 : prev.stability();
        int g = grade.grade();
        if (t < 0) {
            throw new IllegalArgumentException("elapsed days must be >= 0, was " + t);
        }
        if (d == 0 && s == 0) {
            return new MemoryState(initStability(g), clamp(initDifficulty(g), 1, 10));
        }
        if (d < 1 || s < S_MIN) {
            throw new IllegalArgumentException("invalid memory state D=" + d + " S=" + s);
        }
        double r = retrievability != null ? retrievability : forgettingCurve(t, s);
        double newS;
        if (t == 0 && shortTerm) {
            newS = shortTermStability(s, g);
        } else if (g == 1) {
            double w17 = shortTerm ? w[17] : 0;
            double w18 = shortTerm ? w[18] : 0;
            double floor = s / StrictMath.exp(w17 * w18);
            newS = clamp(roundTo8(floor), S_MIN, forgetStability(d, s, r));
        } else {
            newS = recallStability(d, s, r, g);
        }
        return new MemoryState(newS, nextDifficulty(d, g));
    }

    private double initStability(int g) {
        return Math.max(w[g - 1], INIT_S_FLOOR);
    }

    /** D0(G) = w4 - e^(w5 (G-1)) + 1, not clamped here (the Easy target of mean reversion is used unclamped). */
    private double initDifficulty(int g) {
        return roundTo8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
    }

    /** Linear damping then mean reversion towards D0(4) (ts next_difficulty, linear_damping, mean_reversion). */
    private double nextDifficulty(double d, int g) {
        double deltaD = -w[6] * (g - 3);
        double nextD = d + roundTo8((deltaD * (10 - d)) / 9);
        double reverted = roundTo8(w[7] * initDifficulty(4) + (1 - w[7]) * nextD);
        return clamp(reverted, 1, 10);
    }

    /** ts next_recall_stability: Hard penalty w15, Easy bonus w16. */
    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBonus = g == 4 ? w[16] : 1;
        double grown = s * (1 + StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus);
        return roundTo8(clamp(grown, S_MIN, S_MAX));
    }

    /** ts next_forget_stability (the post-lapse stability before its cap). */
    private double forgetStability(double d, double s, double r) {
        double sf = w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]);
        return roundTo8(clamp(sf, S_MIN, S_MAX));
    }

    /** ts next_short_term_stability: SInc = S^-w19 e^(w17 (G-3+w18)), at least 1 for Hard and above. */
    private double shortTermStability(double s, int g) {
        double sinc = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
        double masked = g >= 2 ? Math.max(sinc, 1.0) : sinc;
        return roundTo8(clamp(s * masked, S_MIN, S_MAX));
    }

    private static double clamp(double x, double min, double max) {
        return Math.min(Math.max(x, min), max);
    }
}
