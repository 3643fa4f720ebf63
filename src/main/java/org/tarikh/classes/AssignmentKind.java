package org.tarikh.classes;

import io.quarkus.qute.TemplateEnum;
import java.util.Arrays;
import java.util.Optional;

/** What an assignment asks for: a quiz on the bank, or reviewing its cards. */
@TemplateEnum
public enum AssignmentKind {
    QUIZ, REVIEW;

    /** The name in the API, the forms and the database. */
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<AssignmentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
