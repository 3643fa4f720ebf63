package org.tarikh.review.optimizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * fsrs-rs's evaluate as the fsrs binding calls it (binding lib.rs FSRSBinding.evaluate, rs src/inference.rs): the
 * items outlier-filtered and put in the filter's order, recency weights by position, the unclamped log loss, and the
 * RMSE over (delta_t, length, lapses) bins weighted by the items' recency weights.
 */
final class Evaluator {

    private Evaluator() {
    }

    /** Null when no item is left to score. */
    static Evaluation evaluate(double[] parameters, List<TrainingItem> items) {
        List<TrainingItem> ordered = OutlierFilter.apply(items).evaluationOrder();
        if (ordered.isEmpty()) {
            return null;
        }
        ForgettingModel model = new ForgettingModel(Defaults.clip(parameters));
        double[] weights = RecencyWeights.of(ordered.size());
        double loss = 0;
        double weightSum = 0;
        Map<Long, double[]> bins = new HashMap<>(); // bin -> {predicted, actual, count, weight}
        for (int i = 0; i < ordered.size(); i++) {
            TrainingItem item = ordered.get(i);
            double p = model.predict(item);
            double y = item.recalled() ? 1 : 0;
            loss += (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weights[i];
            weightSum += weights[i];
            double[] bin = bins.computeIfAbsent(binOf(item), k -> new double[4]);
            bin[0] += p;
            bin[1] += y;
            bin[2] += 1;
            bin[3] += weights[i];
        }
        double squares = 0;
        double binWeights = 0;
        for (double[] bin : bins.values()) {
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squares += gap * gap * bin[3];
            binWeights += bin[3];
        }
        return new Evaluation(-loss / weightSum, Math.sqrt(squares / binWeights));
    }

    /** fsrs-rs FSRSItem::r_matrix_index, packed into one number. */
    static long binOf(TrainingItem item) {
        double deltaT = item.lastDeltaT();
        long deltaTBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(deltaT) / Math.log(3.62))) * 100.0);
        double length = item.longTermCount() + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.longTermLapsesBefore();
        long lapseBin = lapses == 0 ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (deltaTBin << 40) | (lengthBin << 20) | lapseBin;
    }
}
