package org.tarikh.readiness.forecast;

import java.time.LocalDate;
import org.tarikh.review.scheduler.MemoryState;

/**
 * What one learner remembers of one question: null {@code memory} for a question never reviewed (not in the deck, or
 * a new card).
 *
 * @param lastReviewDay the study day of the last review; null when never reviewed
 */
public record CardMemory(String topic, MemoryState memory, LocalDate lastReviewDay) {

    public static CardMemory unseen(String topic) {
        return new CardMemory(topic, null, null);
    }

    boolean reviewed() {
        return memory != null && memory.stability() > 0 && lastReviewDay != null;
    }
}
