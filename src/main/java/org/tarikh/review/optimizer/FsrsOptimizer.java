package org.tarikh.review.optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits the FSRS-6 weights to one learner's reviews as fsrs-rs v6.5.0 compute_parameters does, and keeps the defaults
 * unless the fit predicts the learner's reviews better (lower log loss), as Anki does.
 */
public final class FsrsOptimizer {

    /** fsrs-rs returns the defaults below 8 training items. */
    static final int MIN_ITEMS_FOR_ANY_FIT = 8;
    /** Below 64 training items fsrs-rs only fits the initial stabilities; gradient descent needs at least this many. */
    public static final int MIN_ITEMS_FOR_TRAINING = 64;

    private FsrsOptimizer() {
    }

    /** Study days in UTC, as the command counts them. */
    public static OptimizationResult optimize(List<RevlogRow> rows) {
        return optimizeItems(TrainingItems.from(rows));
    }

    /** Study days in the learner's time zone. */
    public static OptimizationResult optimize(List<RevlogRow> rows, java.time.ZoneId zone) {
        return optimizeItems(TrainingItems.from(rows, zone));
    }

    public static OptimizationResult optimizeItems(List<TrainingItem> items) {
        double[] defaults = Defaults.weights();
        Evaluation onDefaults = Evaluator.evaluate(defaults, items);
        if (onDefaults == null) {
            return new OptimizationResult(boxed(defaults), items.size(), null, null, false);
        }
        double[] fit = Defaults.clip(computeParameters(items));
        Evaluation onFit = Evaluator.evaluate(fit, items);
        if (onFit != null && onFit.logLoss() < onDefaults.logLoss()) {
            return new OptimizationResult(boxed(fit), items.size(), onFit, onDefaults, true);
        }
        return new OptimizationResult(boxed(defaults), items.size(), onDefaults, onDefaults, false);
    }

    /** fsrs-rs compute_parameters with short-term on and one relearning step. */
    static double[] computeParameters(List<TrainingItem> items) {
        OutlierFilter.Split split = OutlierFilter.apply(items);
        List<TrainingItem> train = split.survivors();
        if (train.size() < MIN_ITEMS_FOR_ANY_FIT) {
            return Defaults.weights();
        }
        double averageRecall = train.stream().filter(TrainingItem::recalled).count() / (double) train.size();
        InitialStability.Result initial = InitialStability.fit(split.pretraining(), averageRecall);
        if (initial == null) {
            return Defaults.weights();
        }
        double[] start = Defaults.weights();
        System.arraycopy(initial.s0(), 0, start, 0, 4);
        if (train.size() == split.pretraining().size() || train.size() < MIN_ITEMS_FOR_TRAINING) {
            return start;
        }
        double[] best = Trainer.train(train, start);
        Map<Integer, Double> s0 = new TreeMap<>();
        for (int rating = 1; rating <= 4; rating++) {
            s0.put(rating, best[rating - 1]);
        }
        double[] smoothed = InitialStability.smoothAndFill(s0, initial.countByRating());
        System.arraycopy(smoothed, 0, best, 0, 4);
        return best;
    }

    private static List<Double> boxed(double[] w) {
        return Arrays.stream(w).boxed().toList();
    }
}
