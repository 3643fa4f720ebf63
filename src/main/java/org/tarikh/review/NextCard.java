package org.tarikh.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.time.Instant;
import java.util.Map;
import org.tarikh.review.scheduler.State;

/**
 * The card to review now, with what each rating would schedule and how many cards are left today.
 * {@code missedInQuiz}: a new card brought forward by a quiz miss; it is counted as due, not as new.
 * The review page tells the states apart by the enum; JSON carries the state's code ("new", "review", ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextCard(long cardId, String questionId, String bank, String bankTitle, String front,
                       @JsonSerialize(converter = StateCode.class) State state, Instant due,
                       boolean missedInQuiz, Map<String, String> intervals, ReviewQueue.Counts counts) {

    /** Writes a state as its code: the scheduler's core stays free of JSON annotations. */
    public static final class StateCode extends StdConverter<State, String> {
        @Override
        public String convert(State state) {
            return state.code();
        }
    }
}
