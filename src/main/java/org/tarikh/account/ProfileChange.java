package org.tarikh.account;

/**
 * The settings a learner may change; absent fields stay as they are. A new {@code password} needs the
 * {@code currentPassword} with it.
 */
public record ProfileChange(String displayName, Double desiredRetention, Integer newCardsPerDay, String timeZone,
                            String password, String currentPassword) {

    /** A change of study settings alone. */
    public static ProfileChange settings(String displayName, Double desiredRetention, Integer newCardsPerDay, String timeZone) {
        return new ProfileChange(displayName, desiredRetention, newCardsPerDay, timeZone, null, null);
    }
}
