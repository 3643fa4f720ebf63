package org.tarikh.review;

import jakarta.persistence.Converter;
import java.util.Optional;
import org.tarikh.database.CodeColumn;
import org.tarikh.review.scheduler.State;

/** The scheduler's {@link State} stored by its code ("new", "learning", "review", "relearning"). */
@Converter
public class CardStateColumn extends CodeColumn<State> {

    public CardStateColumn() {
        super("card state", State::code, code -> Optional.of(State.fromCode(code)));
    }
}
