package org.tarikh.cards;

import java.time.Instant;
import org.tarikh.review.scheduler.State;

/**
 * One card in the browser's list. {@code missedInQuiz}: a new card brought forward by a quiz miss, due now.
 * {@code questionId} is the question's row id (curated keys name their answers).
 */
public record CardRow(long cardId, String questionId, String bank, String bankTitle, String topic, String front,
                      String state, boolean suspended, boolean missedInQuiz, Instant due, int reps, int lapses,
                      Instant lastReview) {

    /** The state as the review page names it: a quiz miss is due now, so it is not called a new card. */
    public String stateLabel() {
        if (missedInQuiz) {
            return "Missed in a quiz";
        }
        return state.isEmpty() ? state : Character.toUpperCase(state.charAt(0)) + state.substring(1);
    }

    /** A new card waits in the new-card order; its date says nothing yet. */
    public boolean waitingAsNew() {
        return State.NEW.code().equals(state) && !missedInQuiz;
    }
}
