package org.tarikh.review.optimizer;

/**
 * The FSRS-6 memory model as fsrs-rs trains and evaluates it (src/model.rs step, src/analytic.rs): no rounding, the
 * first S is w[G-1] clamped to [0.001, 36500], delta_t = 0 always means the same-day rule. {@link #lossAndGradient}
 * replays one item forwards and then backwards, adding d(loss)/dw to a gradient (the backward pass of
 * src/analytic.rs, in doubles). Not thread-safe: it keeps per-step scratch arrays.
 */
final class ForgettingModel {

    static final double S_MIN = 0.001;    // fsrs-rs src/simulation.rs S_MIN
    static final double S_MAX = 36500.0;  // S_MAX
    static final double D_MIN = 1.0;
    static final double D_MAX = 10.0;
    private static final double MIN_PROB = 1e-7;  // fsrs-rs analytic.rs MIN_PROB
    private static final double MAX_PROB = 1.0 - 1e-7;
    private static final double LN_09 = Math.log(0.9);

    private final double[] w;
    private final double decay;     // -w20
    private final double factor;    // 0.9^(1/decay) - 1, so that R(S, S) = 0.9
    private final double dFactorDDecay;
    private final double expW8;
    private final double failureFloorDivisor;
    private final double easyD;
    private final double exp3w5;

    // per-step scratch, sized on demand
    private double[] lastS = new double[0];
    private double[] lastD = new double[0];
    private double[] r = new double[0];
    private double[] rawS = new double[0];
    private double[] rawD = new double[0];
    private double[] branchValue = new double[0]; // the short-term multiplier, or the failure value used
    private boolean[] branchActive = new boolean[0]; // short: raw multiplier used; failure: floor used

    ForgettingModel(double[] weights) {
        this.w = weights;
        this.decay = -w[20];
        this.factor = Math.exp(LN_09 / decay) - 1.0;
        this.dFactorDDecay = Math.exp(LN_09 / decay) * (-LN_09 / (decay * decay));
        this.expW8 = Math.exp(w[8]);
        this.failureFloorDivisor = Math.exp(w[17] * w[18]);
        this.easyD = initDifficulty(4);
        this.exp3w5 = Math.exp(3.0 * w[5]);
    }

    /** R(t, S) = (1 + F t / S)^-w20. */
    double retrievability(double t, double s) {
        return Math.pow(Math.max(t, 0) / s * factor + 1.0, decay);
    }

    /** The predicted recall of the item's last review from the reviews before it. */
    double predict(TrainingItem item) {
        double s = 0;
        double d = 0;
        int[] ratings = item.ratings();
        int[] deltas = item.deltaTs();
        for (int i = 0; i < ratings.length - 1; i++) {
            double ls = clamp(s, S_MIN, S_MAX);
            double ld = clamp(d, D_MIN, D_MAX);
            int g = ratings[i];
            if (i == 0) {
                s = clamp(w[g - 1], S_MIN, S_MAX);
                d = clamp(initDifficulty(g), D_MIN, D_MAX);
                continue;
            }
            double t = deltas[i];
            double rr = retrievability(t, ls);
            double ns;
            if (t == 0) {
                double raw = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(ls, -w[19]);
                ns = ls * (g >= 2 ? Math.max(raw, 1.0) : raw);
            } else if (g == 1) {
                ns = Math.min(failureRaw(ls, ld, rr), ls / failureFloorDivisor);
            } else {
                ns = ls * (successIncrement(ls, ld, rr, g) + 1.0);
            }
            s = clamp(ns, S_MIN, S_MAX);
            d = clamp(meanRevertedDifficulty(ld, g), D_MIN, D_MAX);
        }
        return retrievability(item.lastDeltaT(), s);
    }

    /** The weighted log loss of one item (prediction clamped to [1e-7, 1-1e-7]); adds its gradient to {@code grad}. */
    double lossAndGradient(TrainingItem item, double weight, double[] grad) {
        int[] ratings = item.ratings();
        int[] deltas = item.deltaTs();
        int n = ratings.length - 1; // history length
        ensureCapacity(n);
        double s = 0;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double ls = clamp(s, S_MIN, S_MAX);
            double ld = clamp(d, D_MIN, D_MAX);
            lastS[i] = ls;
            lastD[i] = ld;
            int g = ratings[i];
            if (i == 0) {
                rawS[i] = w[g - 1];
                rawD[i] = initDifficulty(g);
            } else {
                double t = deltas[i];
                double rr = retrievability(t, ls);
                r[i] = rr;
                if (t == 0) {
                    double raw = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(ls, -w[19]);
                    branchActive[i] = !(g >= 2 && raw < 1.0);
                    branchValue[i] = g >= 2 ? Math.max(raw, 1.0) : raw;
                    rawS[i] = ls * branchValue[i];
                } else if (g == 1) {
                    double raw = failureRaw(ls, ld, rr);
                    double floor = ls / failureFloorDivisor;
                    branchActive[i] = floor < raw;
                    branchValue[i] = branchActive[i] ? floor : raw;
                    rawS[i] = branchValue[i];
                } else {
                    rawS[i] = ls * (successIncrement(ls, ld, rr, g) + 1.0);
                }
                rawD[i] = meanRevertedDifficulty(ld, g);
            }
            s = clamp(rawS[i], S_MIN, S_MAX);
            d = clamp(rawD[i], D_MIN, D_MAX);
        }
        double y = item.recalled() ? 1.0 : 0.0;
        double t = Math.max(item.lastDeltaT(), 0);
        double rRaw = retrievability(t, s);
        double p = clamp(rRaw, MIN_PROB, MAX_PROB);
        double loss = -(y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weight;
        double gR = rRaw > MIN_PROB && rRaw < MAX_PROB ? -weight * (y / p - (1 - y) / (1 - p)) : 0.0;
        double gS = curveBackward(t, s, rRaw, gR, grad);
        double gD = 0;
        for (int i = n - 1; i >= 0; i--) {
            double gPreS = gS * clampGrad(rawS[i], S_MIN, S_MAX);
            int g = ratings[i];
            if (i == 0) {
                grad[g - 1] += gPreS;
                double gRawD = gD * clampGrad(rawD[i], D_MIN, D_MAX);
                double offset = g - 1;
                grad[4] += gRawD;
                grad[5] += gRawD * -offset * Math.exp(offset * w[5]);
                break;
            }
            double ls = lastS[i];
            double ld = lastD[i];
            double rr = r[i];
            double gLastS = 0;
            double gLastD = 0;
            double gRi = 0;
            if (deltas[i] == 0) {
                gLastS += gPreS * branchValue[i];
                if (branchActive[i]) {
                    double gRaw = gPreS * ls;
                    double raw = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(ls, -w[19]);
                    grad[17] += gRaw * raw * (g - 3 + w[18]);
                    grad[18] += gRaw * raw * w[17];
                    grad[19] += gRaw * raw * -Math.log(ls);
                    gLastS += gRaw * raw * (-w[19] / ls);
                }
            } else if (g == 1) {
                if (branchActive[i]) {
                    double floor = branchValue[i];
                    grad[17] += gPreS * floor * -w[18];
                    grad[18] += gPreS * floor * -w[17];
                    gLastS += gPreS / failureFloorDivisor;
                } else {
                    double raw = branchValue[i];
                    double base = ls + 1.0;
                    double pw = Math.pow(base, w[13]);
                    double dPow = Math.pow(ld, -w[12]);
                    double er = Math.exp((1.0 - rr) * w[14]);
                    grad[11] += gPreS * raw / w[11];
                    grad[12] += gPreS * raw * -Math.log(ld);
                    grad[13] += gPreS * w[11] * dPow * er * pw * Math.log(base);
                    grad[14] += gPreS * raw * (1.0 - rr);
                    gLastS += gPreS * w[11] * dPow * er * w[13] * pw / base;
                    gLastD += gPreS * raw * (-w[12] / ld);
                    gRi += gPreS * raw * -w[14];
                }
            } else {
                double hp = g == 2 ? w[15] : 1.0;
                double eb = g == 4 ? w[16] : 1.0;
                double b = 11.0 - ld;
                double cs = Math.pow(ls, -w[9]);
                double expE = Math.exp((1.0 - rr) * w[10]);
                double e = expE - 1.0;
                double inc = expW8 * b * cs * e * hp * eb;
                double gInc = gPreS * ls;
                gLastS += gPreS * (inc + 1.0) + gInc * inc * (-w[9] / ls);
                gLastD += -(gInc * expW8 * cs * e * hp * eb);
                gRi += gInc * expW8 * b * cs * hp * eb * (-w[10] * expE);
                grad[8] += gInc * inc;
                grad[9] += gInc * inc * -Math.log(ls);
                grad[10] += gInc * expW8 * b * cs * hp * eb * ((1.0 - rr) * expE);
                if (g == 2) {
                    grad[15] += gInc * expW8 * b * cs * e * eb;
                }
                if (g == 4) {
                    grad[16] += gInc * expW8 * b * cs * e * hp;
                }
            }
            gLastD += difficultyBackward(ld, g, gD * clampGrad(rawD[i], D_MIN, D_MAX), grad);
            gLastS += curveBackward(deltas[i], ls, rr, gRi, grad);
            gS = gLastS;
            gD = gLastD;
        }
        return loss;
    }

    /** The weighted log loss of one item, as {@link #lossAndGradient} computes it, without the gradient. */
    double loss(TrainingItem item, double weight) {
        double p = clamp(predict(item), MIN_PROB, MAX_PROB);
        double y = item.recalled() ? 1.0 : 0.0;
        return -(y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weight;
    }

    private double curveBackward(double t, double s, double rr, double gR, double[] grad) {
        if (gR == 0.0) {
            return 0.0;
        }
        t = Math.max(t, 0);
        double base = t / s * factor + 1.0;
        double dbDs = -t * factor / (s * s);
        double gS = gR * rr * decay / base * dbDs;
        double dbDDecay = t / s * dFactorDDecay;
        double drDDecay = rr * (Math.log(base) + decay / base * dbDDecay);
        grad[20] += -gR * drDDecay;
        return gS;
    }

    private double difficultyBackward(double ld, int g, double gMean, double[] grad) {
        if (gMean == 0.0) {
            return 0.0;
        }
        double deltaD = -w[6] * (g - 3);
        double nextD = ld + (10.0 - ld) * deltaD / 9.0;
        grad[7] += gMean * (easyD - nextD);
        grad[4] += gMean * w[7];
        grad[5] += gMean * w[7] * -3.0 * exp3w5;
        double gNext = gMean * (1.0 - w[7]);
        grad[6] += gNext * (10.0 - ld) * -(g - 3) / 9.0;
        return gNext * (1.0 - deltaD / 9.0);
    }

    private double initDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1.0;
    }

    private double failureRaw(double s, double d, double rr) {
        return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1.0, w[13]) - 1.0) * Math.exp((1.0 - rr) * w[14]);
    }

    private double successIncrement(double s, double d, double rr, int g) {
        double hardPenalty = g == 2 ? w[15] : 1.0;
        double easyBonus = g == 4 ? w[16] : 1.0;
        return expW8 * (11.0 - d) * Math.pow(s, -w[9]) * (Math.exp((1.0 - rr) * w[10]) - 1.0) * hardPenalty * easyBonus;
    }

    /** Linear damping, then mean reversion towards the (unclamped) D0 of Easy. */
    private double meanRevertedDifficulty(double d, int g) {
        double deltaD = -w[6] * (g - 3);
        double nextD = d + (10.0 - d) * deltaD / 9.0;
        return w[7] * (easyD - nextD) + nextD;
    }

    private void ensureCapacity(int n) {
        if (lastS.length < n) {
            int size = Math.max(n, 2 * lastS.length);
            lastS = new double[size];
            lastD = new double[size];
            r = new double[size];
            rawS = new double[size];
            rawD = new double[size];
            branchValue = new double[size];
            branchActive = new boolean[size];
        }
    }

    private static double clamp(double x, double min, double max) {
        return Math.min(Math.max(x, min), max);
    }

    /** Gradients pass a clamp on its boundary and stop outside it (Burn/PyTorch clamp). */
    private static double clampGrad(double x, double min, double max) {
        return x >= min && x <= max ? 1.0 : 0.0;
    }
}
