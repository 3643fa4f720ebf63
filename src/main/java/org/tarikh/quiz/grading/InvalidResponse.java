package org.tarikh.quiz.grading;

/** A response that cannot be graded (wrong kind for the question, out of range, malformed): the caller's 400. */
public final class InvalidResponse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidResponse(String message) {
        super(message);
    }

    /** The response is of the wrong kind: {@code "response.choice: expected a choice for a single-choice question"}. */
    static InvalidResponse expected(String field, String what) {
        return new InvalidResponse("response." + field + ": expected " + what);
    }

    /** Throws unless {@code index} points into a list of {@code size}. */
    static void requireIndex(int index, int size, String field, String noun) {
        if (index < 0 || index >= size) {
            throw new InvalidResponse("response." + field + ": " + noun + " " + index + " is out of range (there are "
                    + size + ")");
        }
    }
}
