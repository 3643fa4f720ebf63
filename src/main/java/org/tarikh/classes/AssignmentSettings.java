package org.tarikh.classes;

import java.time.Instant;
import java.util.List;
import org.tarikh.failure.Problem;

/**
 * The settings a teacher can give an assignment and change later, and their rules: a quiz has 5 to 50 questions,
 * a review 1 to 50 cards; the due time is in the future; a time limit (1 minute to 4 hours) only in exam mode;
 * 1 to 20 attempts or no limit; mode, time limit and attempts only for quizzes.
 */
record AssignmentSettings(String kind, Integer count, Instant dueAt, String mode, Integer timeLimitSeconds,
                          Integer maxAttempts) {

    /** The rules broken, each naming its field (empty: the settings can be stored). */
    void check(Instant now, List<Problem> problems) {
        if (count != null && (count < 5 || count > 50) && kind.equals("quiz")) {
            problems.add(Problem.field("count", "A quiz has 5 to 50 questions."));
        } else if (count != null && (count < 1 || count > 50)) {
            problems.add(Problem.field("count", "count is 1 to 50 cards."));
        }
        if (dueAt == null) {
            problems.add(Problem.field("dueAt", "Give the due date and time, e.g. 2026-12-01T09:00:00Z."));
        } else if (!dueAt.isAfter(now)) {
            problems.add(Problem.field("dueAt", "The due date has already passed: choose one in the future."));
        }
        if (!mode.equals("practice") && !mode.equals("exam")) {
            problems.add(Problem.field("mode", "The mode is 'practice' or 'exam', not '" + mode + "'."));
        }
        if (timeLimitSeconds != null && !mode.equals("exam")) {
            problems.add(Problem.field("timeLimitSeconds", "Only an exam has a time limit."));
        } else if (timeLimitSeconds != null && (timeLimitSeconds < 60 || timeLimitSeconds > 4 * 3600)) {
            problems.add(Problem.field("timeLimitSeconds", "The time limit is between 1 minute and 4 hours."));
        }
        if (maxAttempts != null && (maxAttempts < 1 || maxAttempts > 20)) {
            problems.add(Problem.field("maxAttempts", "Allow 1 to 20 attempts, or leave it empty for no limit."));
        }
        if (!kind.equals("quiz") && (timeLimitSeconds != null || mode.equals("exam") || maxAttempts != null)) {
            problems.add(Problem.field("mode", "Mode, time limit and attempts are for quizzes, not flashcard review."));
        }
    }

    void applyTo(Assignment a) {
        a.questionCount = count;
        a.dueAt = dueAt;
        a.mode = mode;
        a.timeLimitSeconds = timeLimitSeconds;
        a.maxAttempts = maxAttempts;
    }

    static String modeOrPractice(String mode) {
        return mode == null || mode.isBlank() ? "practice" : mode;
    }
}
