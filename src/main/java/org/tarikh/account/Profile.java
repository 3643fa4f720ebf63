package org.tarikh.account;

/** The caller's own account and study settings, as {@code GET /api/v1/me} answers them. */
public record Profile(String username, String displayName, String role, double desiredRetention,
                      int newCardsPerDay, String timeZone) {

    static Profile of(User u) {
        return new Profile(u.username, u.displayName, u.role, u.desiredRetention, u.newCardsPerDay, u.timeZone);
    }
}
