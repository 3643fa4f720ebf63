package org.tarikh.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;

/** The rules of a quiz request (its limits in {@link QuizLimits}), checked in one place for the API and the form. */
final class QuizRules {

    private QuizRules() {
    }

    static void check(QuizStart s, Set<String> bankTopics) {
        List<ErrorDetail> details = new ArrayList<>();
        if (s.bank() == null || s.bank().isBlank()) {
            details.add(ErrorDetail.field("bank", "Name the bank to draw questions from."));
        }
        int count = s.count() == null ? QuizLimits.DEFAULT_COUNT : s.count();
        if (count < QuizLimits.MIN_COUNT || count > QuizLimits.MAX_COUNT) {
            details.add(ErrorDetail.field("count", QuizLimits.COUNT_RULE));
        }
        QuizMode mode = QuizMode.fromCode(s.mode() == null ? QuizMode.PRACTICE.code() : s.mode()).orElse(null);
        if (mode == null) {
            details.add(ErrorDetail.field("mode", "The mode is 'practice' or 'exam', not '" + s.mode() + "'."));
        }
        if (s.timeLimitSeconds() != null) {
            if (mode != QuizMode.EXAM) {
                details.add(ErrorDetail.field("timeLimitSeconds", "Only an exam has a time limit."));
            } else if (s.timeLimitSeconds() < QuizLimits.MIN_TIME_LIMIT_SECONDS
                    || s.timeLimitSeconds() > QuizLimits.MAX_TIME_LIMIT_SECONDS) {
                details.add(ErrorDetail.field("timeLimitSeconds", QuizLimits.TIME_LIMIT_RULE));
            }
        }
        if (s.topics() != null) {
            for (String topic : s.topics()) {
                if (!bankTopics.contains(topic)) {
                    details.add(ErrorDetail.field("topics", "The bank has no topic '" + topic + "'."));
                }
            }
        }
        if (!details.isEmpty()) {
            throw new InvalidInput("The quiz could not start: " + details.get(0).message(), details);
        }
    }
}
