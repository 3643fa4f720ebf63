package org.tarikh.review.optimizer;

import org.tarikh.review.scheduler.Weights;

/** The FSRS-6 defaults and parameter bounds, shared with the scheduler. */
final class Defaults {

    static final int COUNT = 21;
    static final double[] WEIGHTS = Weights.FSRS6_DEFAULT.stream().mapToDouble(Double::doubleValue).toArray();

    private Defaults() {
    }

    /** WEIGHTS as a fresh array. */
    static double[] weights() {
        return WEIGHTS.clone();
    }

    /**
     * Each weight into its range (fsrs-rs clip_parameters with one relearning step and short-term on; the scheduler's
     * Weights applies the same table).
     */
    static double[] clip(double[] w) {
        return Weights.effective(w, 1, true);
    }
}
