package org.tarikh.bank.content;

import java.util.Arrays;
import java.util.Optional;

/** The question types of docs/questions.md, by the name used in bank files and the API. */
public enum QuestionType {
    SINGLE("single"), MULTI("multi"), TRUEFALSE("truefalse"), NUMERIC("numeric"), DATE("date"),
    TEXT("text"), CLOZE("cloze"), ORDER("order"), MATCH("match"), CARD("card");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Every type but {@code card} is graded automatically. */
    public boolean autoGraded() {
        return this != CARD;
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
