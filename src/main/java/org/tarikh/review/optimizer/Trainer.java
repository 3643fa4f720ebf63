package org.tarikh.review.optimizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Gradient descent on all 21 weights (fsrs-rs src/training.rs train, short-term on): items sorted by length in batches
 * of 512, 5 epochs over the batches in shuffled order, Adam with a cosine-annealed rate from 0.04, an L2 pull to the
 * starting point, every step clipped to the bounds; the parameters of the epoch with the lowest loss win.
 */
final class Trainer {

    static final int BATCH_SIZE = 512;
    static final int EPOCHS = 5;
    static final int MAX_SEQ_LEN = 256;
    static final double LEARNING_RATE = 0.04;
    static final double GAMMA = 1.0;
    static final long SEED = 2023;
    /** fsrs-rs training.rs PARAMS_STDDEV: how far each weight may move before the pull is felt. */
    static final double[] PARAMS_STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
        0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

    private record Weighted(TrainingItem item, double weight) {
    }

    private Trainer() {
    }

    /** The best parameters found, starting from {@code start}; {@code items} in time order. */
    static double[] train(List<TrainingItem> items, double[] start) {
        double[] recency = RecencyWeights.of(items.size());
        List<Weighted> weighted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).length() <= MAX_SEQ_LEN) {
                weighted.add(new Weighted(items.get(i), recency[i]));
            }
        }
        weighted.sort(Comparator.comparingInt(x -> x.item().length())); // stable, as fsrs-rs sort_by_cached_key
        List<List<Weighted>> batches = new ArrayList<>();
        for (int from = 0; from < weighted.size(); from += BATCH_SIZE) {
            batches.add(weighted.subList(from, Math.min(from + BATCH_SIZE, weighted.size())));
        }
        int total = weighted.size();
        CosineAnnealing rate = new CosineAnnealing((total / BATCH_SIZE + 1) * EPOCHS, LEARNING_RATE);
        Adam adam = new Adam(Defaults.COUNT);
        double[] w = start.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        Random random = new Random(SEED);
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            order.add(b);
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int b : order) {
                List<Weighted> batch = batches.get(b);
                double[] grad = new double[Defaults.COUNT];
                ForgettingModel model = new ForgettingModel(w);
                for (Weighted x : batch) {
                    model.lossAndGradient(x.item(), x.weight(), grad);
                }
                addL2Gradient(w, start, batch.size(), total, grad);
                adam.step(w, grad, rate.next());
                if (!allFinite(w)) {
                    return best; // a degenerate step (overflow on extreme data): keep the best finite epoch
                }
                w = Defaults.clip(w);
            }
            double loss = 0;
            ForgettingModel model = new ForgettingModel(w);
            for (List<Weighted> batch : batches) {
                for (Weighted x : batch) {
                    loss += model.loss(x.item(), x.weight());
                }
                loss += l2Penalty(w, start, batch.size(), total);
            }
            loss /= total;
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    private static boolean allFinite(double[] w) {
        for (double x : w) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    static double l2Penalty(double[] w, double[] start, int batchSize, int total) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double delta = w[i] - start[i];
            sum += delta * delta / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]);
        }
        return sum * GAMMA * batchSize / total;
    }

    private static void addL2Gradient(double[] w, double[] start, int batchSize, int total, double[] grad) {
        double scale = GAMMA * batchSize / total;
        for (int i = 0; i < w.length; i++) {
            grad[i] += 2.0 * (w[i] - start[i]) / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]) * scale;
        }
    }
}
