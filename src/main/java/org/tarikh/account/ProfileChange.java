package org.tarikh.account;

/** The settings a learner may change; absent fields stay as they are. */
public record ProfileChange(String displayName, Double desiredRetention, Integer newCardsPerDay, String timeZone) {
}
