package org.tarikh.review.optimizer;

import java.util.List;

/**
 * What fitting a review log gave.
 *
 * @param parameters the 21 weights to use: the fit when it beats the defaults on the learner's items, else the defaults
 * @param items      how many training items the log converts to (before the outlier filter)
 * @param fitted     the evaluation of {@code parameters}; null when no item could be scored
 * @param defaults   the evaluation of the FSRS-6 defaults on the same items; null when no item could be scored
 * @param improved   true when {@code parameters} are a fit that beats the defaults
 */
public record OptimizationResult(List<Double> parameters, int items, Evaluation fitted, Evaluation defaults,
                                 boolean improved) {

    public OptimizationResult {
        parameters = List.copyOf(parameters);
    }
}
