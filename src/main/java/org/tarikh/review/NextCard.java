package org.tarikh.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * The card to review now, with what each rating would schedule and how many cards are left today.
 * {@code missedInQuiz}: a new card brought forward by a quiz miss; it is counted as due, not as new.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextCard(long cardId, String questionId, String bank, String bankTitle, String front, String state, Instant due,
                       boolean missedInQuiz, Map<String, String> intervals, ReviewQueue.Counts counts) {
}
