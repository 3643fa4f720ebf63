package org.tarikh.problem;

import io.quarkus.qute.TemplateEnum;
import java.util.Arrays;
import java.util.Optional;

/** What a learner says is wrong with a question; the report form lists them ({@code ProblemKind:values}). */
@TemplateEnum
public enum ProblemKind {
    WRONG_ANSWER("wrong-answer", "The answer is wrong"),
    AMBIGUOUS("ambiguous", "The question is ambiguous"),
    TYPO("typo", "A typo or a broken link"),
    OTHER("other", "Something else");

    private final String code;
    private final String label;

    ProblemKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ProblemKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
