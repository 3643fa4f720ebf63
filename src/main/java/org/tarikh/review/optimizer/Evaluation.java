package org.tarikh.review.optimizer;

/**
 * How well a parameter vector predicts a learner's reviews (fsrs-rs ModelEvaluation).
 *
 * @param logLoss  recency-weighted log loss of the predicted recall
 * @param rmseBins root mean square gap between mean predicted and mean actual recall over bins of similar items
 */
public record Evaluation(double logLoss, double rmseBins) {
}
