package org.tarikh.quiz.grading;

import java.util.List;

/**
 * A graded response: {@code value} from 0 (all wrong) to 1 (all right), and the result of each part where a question
 * has parts (per blank for cloze, per left item for match, in question order; empty for the other types).
 */
public record Score(double value, List<Boolean> parts) {

    /** Allowance for floating-point error when deciding whether a score is full. */
    private static final double EPSILON = 1e-9;

    public Score {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a score lies within 0..1, not " + value);
        }
        parts = List.copyOf(parts);
    }

    public static Score of(double value) {
        return new Score(value, List.of());
    }

    public static Score allOrNothing(boolean right) {
        return of(right ? 1 : 0);
    }

    /** The share of parts that are right; a question without parts has nothing to get wrong and scores 1. */
    public static Score ofParts(List<Boolean> parts) {
        long right = parts.stream().filter(Boolean::booleanValue).count();
        return new Score(parts.isEmpty() ? 1 : (double) right / parts.size(), parts);
    }

    /** True only for a full score. */
    public boolean correct() {
        return value >= 1 - EPSILON;
    }
}
