package org.tarikh.review;

import java.util.List;
import org.tarikh.review.optimizer.OptimizationResult;

/**
 * The answer of {@code POST /api/v1/me/fsrs/optimize}: the fitted weights with their evaluation on the learner's own
 * reviews, the defaults' evaluation, and whether the fit is now used for the learner's schedule.
 *
 * @param parameters the fit when it beats the defaults, else the defaults
 * @param items      how many of the learner's reviews could be scored (reviews a study day or more after the previous)
 */
public record FsrsFit(List<Double> parameters, int items, Double logLoss, Double rmseBins, Double defaultLogLoss,
                      Double defaultRmseBins, boolean applied) {

    static FsrsFit of(OptimizationResult r) {
        return new FsrsFit(r.parameters(), r.items(), r.fitted() == null ? null : r.fitted().logLoss(),
                r.fitted() == null ? null : r.fitted().rmseBins(), r.defaults() == null ? null : r.defaults().logLoss(),
                r.defaults() == null ? null : r.defaults().rmseBins(), r.improved());
    }
}
