package org.tarikh.quiz;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link QuizMode} stored by its code ("practice", "exam"), as the SQL that reads attempts expects. */
@Converter
public class QuizModeColumn implements AttributeConverter<QuizMode, String> {

    @Override
    public String convertToDatabaseColumn(QuizMode mode) {
        return mode == null ? null : mode.code();
    }

    @Override
    public QuizMode convertToEntityAttribute(String code) {
        return code == null ? null : QuizMode.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown quiz mode in the database: " + code));
    }
}
