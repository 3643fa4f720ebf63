package org.tarikh.readiness.forecast;

/**
 * One card on the exam day.
 *
 * @param recall        predicted recall on the exam day if the learner does nothing more (0 for a card never reviewed)
 * @param reviewsNeeded reviews, each answered Good when the card falls due at the target retention, for the recall on
 *                      the exam day to reach that target
 */
public record CardForecast(double recall, int reviewsNeeded) {
}
