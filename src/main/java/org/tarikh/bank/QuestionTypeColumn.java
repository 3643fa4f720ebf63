package org.tarikh.bank;

import jakarta.persistence.Converter;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.database.CodeColumn;

/** {@link QuestionType} stored by its code ("single", "cloze", ...), as the bank files name it. */
@Converter
public class QuestionTypeColumn extends CodeColumn<QuestionType> {

    public QuestionTypeColumn() {
        super("question type", QuestionType::code, QuestionType::fromCode);
    }
}
