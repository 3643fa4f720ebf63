package org.tarikh.review.optimizer;

/** The Adam optimiser, beta1 0.9, beta2 0.999, epsilon 1e-8 (fsrs-rs training.rs HostAdam). */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int size) {
        m = new double[size];
        v = new double[size];
    }

    /** Moves {@code w} one step against {@code grad}. */
    void step(double[] w, double[] grad, double learningRate) {
        t++;
        double bias1 = 1.0 - Math.pow(BETA1, t);
        double bias2 = 1.0 - Math.pow(BETA2, t);
        for (int i = 0; i < w.length; i++) {
            m[i] = BETA1 * m[i] + (1.0 - BETA1) * grad[i];
            v[i] = BETA2 * v[i] + (1.0 - BETA2) * grad[i] * grad[i];
            w[i] -= learningRate * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + EPSILON);
        }
    }
}
