package org.tarikh.quiz;

/**
 * What answering did. A refusal (already answered, attempt finished, time up) is a value, not an exception,
 * so that an exam closed by its deadline is committed before the 409 goes out.
 */
public sealed interface AnswerOutcome {

    /** Practice: graded, with everything to learn from it. */
    record Feedback(ItemResult result) implements AnswerOutcome {
    }

    /** Exam: recorded without feedback. */
    record Recorded() implements AnswerOutcome {
    }

    /** Not accepted; the message says why. */
    record Refused(String message) implements AnswerOutcome {
    }
}
