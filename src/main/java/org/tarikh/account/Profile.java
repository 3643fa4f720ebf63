package org.tarikh.account;

import java.util.Arrays;
import java.util.List;

/**
 * The caller's own account and study settings, as {@code GET /api/v1/me} answers them.
 *
 * @param fsrsParameters the 21 FSRS weights fitted to the learner's reviews, null while on the defaults
 */
public record Profile(String username, String displayName, String role, double desiredRetention,
                      int newCardsPerDay, String timeZone, List<Double> fsrsParameters) {

    static Profile of(User u) {
        return new Profile(u.username, u.displayName, u.role.code(), u.desiredRetention, u.newCardsPerDay, u.timeZone,
                parameters(u.fsrsParameters));
    }

    /** The stored weights ("0.212,1.2931,…", as review/scheduler's Weights writes them), read for showing only. */
    private static List<Double> parameters(String stored) {
        return stored == null || stored.isBlank() ? null
                : Arrays.stream(stored.split(",")).map(s -> Double.valueOf(s.trim())).toList();
    }
}
