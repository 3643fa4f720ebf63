package org.tarikh.review;

import java.util.List;
import org.tarikh.review.scheduler.Weights;
import org.tarikh.web.CurrentUser;
import org.tarikh.web.SignedInUser;

/**
 * The signed-in learner as the review code needs them, taken from the request's identity: no query.
 *
 * @param fsrsWeights the learner's own FSRS weights (fitted to their reviews), null for the defaults
 */
public record Learner(long id, StudyDay day, int newCardsPerDay, double desiredRetention, List<Double> fsrsWeights) {

    public Learner(long id, StudyDay day, int newCardsPerDay, double desiredRetention) {
        this(id, day, newCardsPerDay, desiredRetention, null);
    }

    public static Learner of(CurrentUser user) {
        return of(user.signedInUser());
    }

    public static Learner of(SignedInUser user) {
        return new Learner(user.id(), StudyDay.of(user.timeZone()), user.newCardsPerDay(), user.desiredRetention(),
                Weights.fromText(user.fsrsParameters()));
    }
}
