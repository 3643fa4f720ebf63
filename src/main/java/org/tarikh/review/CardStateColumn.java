package org.tarikh.review;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.tarikh.review.scheduler.State;

/** The scheduler's {@link State} stored by its code ("new", "learning", "review", "relearning"), as the queue's SQL reads it. */
@Converter
public class CardStateColumn implements AttributeConverter<State, String> {

    @Override
    public String convertToDatabaseColumn(State state) {
        return state == null ? null : state.code();
    }

    @Override
    public State convertToEntityAttribute(String code) {
        return code == null ? null : State.fromCode(code);
    }
}
