package org.tarikh.quiz;

import java.util.List;

/** What a learner asks for when starting a quiz. */
public record QuizStart(String bank, Integer count, List<String> topics, String mode, Integer timeLimitSeconds) {
}
