package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An attempt in a learner's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptSummary(String attemptId, String bank, String bankTitle, QuizMode mode, Instant startedAt,
                             Instant expiresAt, Instant finishedAt, Double score, int maxScore, long answered) {

    static AttemptSummary of(Attempt a) {
        return of(a, a.answeredCount());
    }

    /** With the number of answered questions already counted (a history page counts them all in one query). */
    static AttemptSummary of(Attempt a, long answered) {
        return new AttemptSummary(a.id.toString(), a.bank.slug, a.bank.title, a.mode, a.startedAt, a.expiresAt,
                a.finishedAt, a.score, a.maxScore, answered);
    }
}
