package org.tarikh.classes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.quiz.QuizLimits;
import org.tarikh.quiz.QuizMode;

/**
 * What a teacher may set for an assignment, the same for a new one and a change: a quiz has as many questions as any
 * quiz ({@link QuizLimits}), a review 1 to 50 cards; the due time is in the future; a time limit (as long as a quiz's
 * may be) only in exam mode; 1 to 20 attempts or no limit; mode, time limit and attempts only for quizzes; topics
 * the bank has. Pure (ArchitectureTest): the caller reads the bank's topics and the clock.
 */
public final class AssignmentRules {

    public static final int MIN_CARDS = 1;
    public static final int MAX_CARDS = 50;
    public static final int MIN_ATTEMPTS = 1;
    public static final int MAX_ATTEMPTS = 20;

    /**
     * The settings a teacher sends for a new assignment or a change, as sent: the mode is a code ("practice", "exam";
     * null or blank for practice), and a null count means the default (new) or the current count (change).
     */
    public record Requested(Integer count, Instant dueAt, String mode, Integer timeLimitSeconds, Integer maxAttempts) {
    }

    /** Settings that keep every rule, ready to store. */
    public record Settings(AssignmentKind kind, Integer count, Instant dueAt, QuizMode mode, Integer timeLimitSeconds,
                           Integer maxAttempts) {
    }

    private AssignmentRules() {
    }

    /**
     * A new assignment's settings: a quiz unless {@code kind} (a code, "quiz" or "review") says otherwise, of
     * {@link QuizLimits#DEFAULT_COUNT} questions unless counted, in practice mode unless it says exam.
     * {@code bankTopics} is null when there is no bank of that name. Throws {@link InvalidInput} with every rule
     * broken, each naming its field.
     */
    public static Settings forNew(String bank, Set<String> bankTopics, String kind, List<String> topics, Requested r,
                                  Instant now) {
        List<ErrorDetail> details = new ArrayList<>();
        if (bankTopics == null) {
            details.add(ErrorDetail.field("bank",
                    bank == null ? "Name the bank to assign." : "There is no bank '" + bank + "'."));
        }
        String kindCode = kind == null ? AssignmentKind.QUIZ.code() : kind;
        AssignmentKind known = AssignmentKind.fromCode(kindCode).orElse(null);
        if (known == null) {
            details.add(ErrorDetail.field("kind", "kind is 'quiz' or 'review', not '" + kindCode + "'."));
        }
        Integer count = r.count();
        if (count == null && known == AssignmentKind.QUIZ) {
            count = QuizLimits.DEFAULT_COUNT;
        }
        QuizMode mode = settings(known, count, r.dueAt(), orPractice(r.mode()), r.timeLimitSeconds(), r.maxAttempts(),
                now, details);
        if (bankTopics != null) {
            Set<String> sorted = new TreeSet<>(bankTopics);
            topics.stream().filter(t -> !sorted.contains(t)).forEach(t -> details.add(ErrorDetail.field("topics",
                    "The bank has no topic '" + t + "' (it has: " + String.join(", ", sorted) + ").")));
        }
        refuseIfAny("The assignment cannot be set: ", details);
        return new Settings(known, count, r.dueAt(), mode, r.timeLimitSeconds(), r.maxAttempts());
    }

    /**
     * The new settings of an assignment already set: its kind stays, and so does its count unless a new one is given;
     * a review stays in practice mode whatever mode is sent. Throws {@link InvalidInput} as {@link #forNew} does.
     */
    public static Settings forChange(AssignmentKind kind, Integer count, Requested r, Instant now) {
        Integer newCount = r.count() == null ? count : r.count();
        String modeCode = kind == AssignmentKind.QUIZ ? orPractice(r.mode()) : QuizMode.PRACTICE.code();
        List<ErrorDetail> details = new ArrayList<>();
        QuizMode mode = settings(kind, newCount, r.dueAt(), modeCode, r.timeLimitSeconds(), r.maxAttempts(), now, details);
        refuseIfAny("The assignment cannot be changed: ", details);
        return new Settings(kind, newCount, r.dueAt(), mode, r.timeLimitSeconds(), r.maxAttempts());
    }

    /** Adds the rules the settings break (the kind is null when unknown), and returns the mode (null when unknown). */
    private static QuizMode settings(AssignmentKind kind, Integer count, Instant dueAt, String modeCode,
                                     Integer timeLimitSeconds, Integer maxAttempts, Instant now, List<ErrorDetail> details) {
        boolean quiz = kind == AssignmentKind.QUIZ;
        if (quiz && count != null && (count < QuizLimits.MIN_COUNT || count > QuizLimits.MAX_COUNT)) {
            details.add(ErrorDetail.field("count", QuizLimits.COUNT_RULE));
        } else if (!quiz && count != null && (count < MIN_CARDS || count > MAX_CARDS)) {
            details.add(ErrorDetail.field("count", "count is " + MIN_CARDS + " to " + MAX_CARDS + " cards."));
        }
        if (dueAt == null) {
            details.add(ErrorDetail.field("dueAt", "Give the due date and time, e.g. 2026-12-01T09:00:00Z."));
        } else if (!dueAt.isAfter(now)) {
            details.add(ErrorDetail.field("dueAt", "The due date has already passed: choose one in the future."));
        }
        QuizMode mode = QuizMode.fromCode(modeCode).orElse(null);
        if (mode == null) {
            details.add(ErrorDetail.field("mode", "The mode is 'practice' or 'exam', not '" + modeCode + "'."));
        }
        if (timeLimitSeconds != null && mode != QuizMode.EXAM) {
            details.add(ErrorDetail.field("timeLimitSeconds", "Only an exam has a time limit."));
        } else if (timeLimitSeconds != null && (timeLimitSeconds < QuizLimits.MIN_TIME_LIMIT_SECONDS
                || timeLimitSeconds > QuizLimits.MAX_TIME_LIMIT_SECONDS)) {
            details.add(ErrorDetail.field("timeLimitSeconds", QuizLimits.TIME_LIMIT_RULE));
        }
        if (maxAttempts != null && (maxAttempts < MIN_ATTEMPTS || maxAttempts > MAX_ATTEMPTS)) {
            details.add(ErrorDetail.field("maxAttempts", "Allow " + MIN_ATTEMPTS + " to " + MAX_ATTEMPTS
                    + " attempts, or leave it empty for no limit."));
        }
        if (!quiz && (timeLimitSeconds != null || mode == QuizMode.EXAM || maxAttempts != null)) {
            details.add(ErrorDetail.field("mode", "Mode, time limit and attempts are for quizzes, not flashcard review."));
        }
        return mode;
    }

    private static String orPractice(String mode) {
        return mode == null || mode.isBlank() ? QuizMode.PRACTICE.code() : mode;
    }

    private static void refuseIfAny(String what, List<ErrorDetail> details) {
        if (!details.isEmpty()) {
            throw new InvalidInput(what + String.join(" ", details.stream().map(ErrorDetail::message).toList()), details);
        }
    }
}
