package org.tarikh.review.optimizer;

/** Later reviews count more: item i of n weighs 0.25 + 0.75 (i / (n-1))^3 (fsrs-rs recency_weighted_fsrs_items). */
final class RecencyWeights {

    private RecencyWeights() {
    }

    static double[] of(int n) {
        double last = Math.max(n - 1.0, 1.0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i / last;
            out[i] = 0.25 + 0.75 * x * x * x;
        }
        return out;
    }
}
