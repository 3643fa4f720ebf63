package org.tarikh.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.tarikh.bank.content.QuestionType;

/** {@link QuestionType} stored by its code ("single", "cloze", ...), as the bank files and the SQL name it. */
@Converter
public class QuestionTypeColumn implements AttributeConverter<QuestionType, String> {

    @Override
    public String convertToDatabaseColumn(QuestionType type) {
        return type == null ? null : type.code();
    }

    @Override
    public QuestionType convertToEntityAttribute(String code) {
        return code == null ? null : QuestionType.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown question type in the database: " + code));
    }
}
