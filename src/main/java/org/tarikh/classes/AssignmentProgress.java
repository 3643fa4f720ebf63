package org.tarikh.classes;

import java.time.Instant;

/**
 * One learner's progress on one assignment. For a quiz: the first finished attempt's time and the best score
 * (0..1); for a review: cards studied out of the target.
 */
public record AssignmentProgress(long assignmentId, String username, Instant firstFinished, Double bestScore,
                                 boolean started, int studied, int target) {

    public AssignmentStatus status(Assignment a, Instant now) {
        boolean done = a.quiz() ? firstFinished != null : target > 0 && studied >= target;
        if (done) {
            boolean late = a.quiz() && firstFinished.isAfter(a.dueAt);
            return late ? AssignmentStatus.DONE_LATE : AssignmentStatus.DONE;
        }
        if (now.isAfter(a.dueAt)) {
            return AssignmentStatus.OVERDUE;
        }
        return started || studied > 0 ? AssignmentStatus.STARTED : AssignmentStatus.TO_DO;
    }

    /** "best 80%" for a quiz, "12 / 20 cards" for a review. */
    public String detail(Assignment a) {
        if (a.quiz()) {
            return bestScore == null ? "" : "best " + Math.round(bestScore * 100) + "%";
        }
        return studied + " / " + target + " cards";
    }
}
