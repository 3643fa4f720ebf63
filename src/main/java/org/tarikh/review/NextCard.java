package org.tarikh.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** The card to review now, with what each rating would schedule and how many cards are left today. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextCard(long cardId, String questionId, String bank, String bankTitle, String front, String state, Instant due,
                       Map<String, String> intervals, ReviewQueue.Counts counts) {
}
