package org.tarikh.quiz;

import java.util.Arrays;
import java.util.Optional;

/** Practice shows feedback after each answer; an exam records answers and shows results at the end. */
public enum QuizMode {
    PRACTICE, EXAM;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<QuizMode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
