package org.tarikh.review;

import org.tarikh.web.CurrentUser;

/** The signed-in learner as the review code needs them, taken from the request's identity: no query. */
public record Learner(long id, StudyDay day, int newCardsPerDay, double desiredRetention) {

    public static Learner of(CurrentUser user) {
        return new Learner(user.id(), StudyDay.of(user.timeZone()), user.newCardsPerDay(), user.desiredRetention());
    }
}
