package org.tarikh.quiz;

import java.util.List;

/** A finished attempt's score and every question's result. */
public record QuizResult(String attemptId, String bank, String mode, double score, int maxScore, List<ItemResult> items) {
}
