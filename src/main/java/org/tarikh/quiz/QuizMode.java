package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.qute.TemplateEnum;
import java.util.Arrays;
import java.util.Optional;

/**
 * Practice shows feedback after each answer; an exam records answers and shows results at the end. Templates compare
 * with {@code QuizMode:EXAM}; JSON and the database carry the code.
 */
@TemplateEnum
public enum QuizMode {
    PRACTICE, EXAM;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<QuizMode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
