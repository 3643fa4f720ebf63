package org.tarikh.quiz;

import java.util.List;

/** A finished attempt's score and every question's result. */
public record QuizResult(String attemptId, String bank, QuizMode mode, double score, int maxScore, List<ItemResult> items) {

    /** How many questions came out right, partial, wrong or unanswered ({@link ItemResult#outcome()}). */
    public long count(String outcome) {
        return items.stream().filter(i -> i.outcome().equals(outcome)).count();
    }

    /** How many were not fully right: what "retry the missed ones" would ask again. */
    public long missedCount() {
        return items.size() - count("right");
    }
}
