package org.tarikh.quiz;

import java.util.List;

/** What a learner asks for when starting a quiz: a bank and settings, or a class assignment (its settings apply). */
public record QuizStart(String bank, Integer count, List<String> topics, String mode, Integer timeLimitSeconds,
                        Long assignmentId) {

    public QuizStart(String bank, Integer count, List<String> topics, String mode, Integer timeLimitSeconds) {
        this(bank, count, topics, mode, timeLimitSeconds, null);
    }
}
