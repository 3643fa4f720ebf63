package org.tarikh.review.scheduler;

/** The learner's answer to a review, with the FSRS grade numbers (ts-fsrs src/models.ts Rating). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade G, 1 to 4. */
    public int grade() {
        return grade;
    }

    /** The rating for a grade 1 to 4. */
    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("grade must be 1-4, was " + grade);
    }
}
