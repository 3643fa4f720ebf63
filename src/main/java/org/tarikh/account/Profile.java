package org.tarikh.account;

import java.util.List;
import org.tarikh.review.scheduler.Weights;

/**
 * The caller's own account and study settings, as {@code GET /api/v1/me} answers them.
 *
 * @param fsrsParameters the 21 FSRS weights fitted to the learner's reviews, null while on the defaults
 */
public record Profile(String username, String displayName, String role, double desiredRetention,
                      int newCardsPerDay, String timeZone, List<Double> fsrsParameters) {

    static Profile of(User u) {
        return new Profile(u.username, u.displayName, u.role, u.desiredRetention, u.newCardsPerDay, u.timeZone,
                Weights.fromText(u.fsrsParameters));
    }
}
