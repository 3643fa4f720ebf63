package org.tarikh.readiness;

import java.time.LocalDate;
import java.util.List;
import org.tarikh.readiness.forecast.TopicReadiness;

/**
 * One learner's readiness for an assignment's due date.
 *
 * @param examDay         the learner's study day of the due date (in their time zone)
 * @param targetRetention the learner's desired retention, which the reviews needed aim at
 * @param predictedRecall the mean over all the assignment's questions
 */
public record StudentReadiness(String username, String displayName, LocalDate examDay, double targetRetention,
                               int questions, double predictedRecall, int reviewsNeeded, List<TopicReadiness> topics) {
}
