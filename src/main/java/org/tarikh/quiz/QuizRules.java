package org.tarikh.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.Problem;

/** The limits of a quiz request, checked in one place for the API and the form. */
final class QuizRules {

    static final int MIN_COUNT = 5;
    static final int MAX_COUNT = 50;
    static final int DEFAULT_COUNT = 10;
    static final int MIN_TIME_LIMIT = 60;
    static final int MAX_TIME_LIMIT = 4 * 3600;

    private QuizRules() {
    }

    static void check(QuizStart s, Set<String> bankTopics) {
        List<Problem> problems = new ArrayList<>();
        if (s.bank() == null || s.bank().isBlank()) {
            problems.add(Problem.field("bank", "Name the bank to draw questions from."));
        }
        int count = s.count() == null ? DEFAULT_COUNT : s.count();
        if (count < MIN_COUNT || count > MAX_COUNT) {
            problems.add(Problem.field("count", "A quiz has " + MIN_COUNT + " to " + MAX_COUNT + " questions."));
        }
        QuizMode mode = QuizMode.fromCode(s.mode() == null ? "practice" : s.mode()).orElse(null);
        if (mode == null) {
            problems.add(Problem.field("mode", "The mode is 'practice' or 'exam', not '" + s.mode() + "'."));
        }
        if (s.timeLimitSeconds() != null) {
            if (mode != QuizMode.EXAM) {
                problems.add(Problem.field("timeLimitSeconds", "Only an exam has a time limit."));
            } else if (s.timeLimitSeconds() < MIN_TIME_LIMIT || s.timeLimitSeconds() > MAX_TIME_LIMIT) {
                problems.add(Problem.field("timeLimitSeconds", "The time limit is between 1 minute and 4 hours."));
            }
        }
        if (s.topics() != null) {
            for (String topic : s.topics()) {
                if (!bankTopics.contains(topic)) {
                    problems.add(Problem.field("topics", "The bank has no topic '" + topic + "'."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("The quiz could not start: " + problems.get(0).message(), problems);
        }
    }
}
