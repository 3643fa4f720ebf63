package org.tarikh.failure;

import java.util.List;

/** Bad input from the caller (400), with every problem found. */
public class InvalidInput extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInput(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(message, List.of(Problem.field(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
