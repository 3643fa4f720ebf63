package org.tarikh.readiness.forecast;

/**
 * One topic of an assignment for one learner on the exam day.
 *
 * @param predictedRecall the mean predicted recall of the topic's questions (0 for those never reviewed)
 * @param reviewsNeeded   the reviews before the exam that bring every question of the topic to the target retention
 */
public record TopicReadiness(String topic, int questions, double predictedRecall, int reviewsNeeded) {
}
