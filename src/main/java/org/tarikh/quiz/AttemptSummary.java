package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An attempt in a learner's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptSummary(String attemptId, String bank, String bankTitle, String mode, Instant startedAt,
                             Instant expiresAt, Instant finishedAt, Double score, int maxScore, long answered) {

    static AttemptSummary of(Attempt a) {
        return new AttemptSummary(a.id.toString(), a.bank.slug, a.bank.title, a.mode, a.startedAt, a.expiresAt,
                a.finishedAt, a.score, a.maxScore, a.answeredCount());
    }

    /** When it started, for pages: "2026-11-25 21:50 UTC". */
    public String started() {
        return startedAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    /** The score as a whole percentage, for pages. */
    public long percent() {
        return score == null ? 0 : Math.round(100 * score / maxScore);
    }
}
