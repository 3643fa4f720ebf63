package org.tarikh.quiz;

import jakarta.persistence.Converter;
import org.tarikh.database.CodeColumn;

/** {@link QuizMode} stored by its code ("practice", "exam"). */
@Converter
public class QuizModeColumn extends CodeColumn<QuizMode> {

    public QuizModeColumn() {
        super("quiz mode", QuizMode::code, QuizMode::fromCode);
    }
}
