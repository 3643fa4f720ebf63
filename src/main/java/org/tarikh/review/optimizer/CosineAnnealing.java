package org.tarikh.review.optimizer;

/** The learning rate falls from its start to 0 along half a cosine over tMax steps (fsrs-rs src/cosine_annealing.rs). */
final class CosineAnnealing {

    private final double tMax;
    private final double initial;
    private double step = -1;
    private double current;

    CosineAnnealing(double tMax, double initial) {
        this.tMax = tMax;
        this.initial = initial;
        this.current = initial;
    }

    /** The rate for the next step; the recurrence is the one fsrs-rs (after PyTorch) uses. */
    double next() {
        step++;
        if (step == 0) {
            current = initial;
        } else if ((step - 1 - tMax) % (2 * tMax) == 0) {
            current = initial * (1 - Math.cos(Math.PI / tMax)) / 2;
        } else {
            current = (1 + Math.cos(Math.PI * step / tMax)) / (1 + Math.cos(Math.PI * (step - 1) / tMax)) * current;
        }
        return current;
    }
}
