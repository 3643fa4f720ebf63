package org.tarikh.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** An attempt as its owner sees it: the questions as delivered, which are answered, and results once finished. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptView(String attemptId, String bank, QuizMode mode, Instant startedAt, Instant expiresAt,
                          Instant finishedAt, List<QuizQuestion> questions, List<String> answered, Double score,
                          int maxScore, List<ItemResult> items) {

    static AttemptView of(Attempt a) {
        List<QuizQuestion> questions = a.items.stream().map(QuizQuestion::of).toList();
        List<String> answered = a.items.stream().filter(AttemptItem::answered).map(i -> i.publicId).toList();
        List<ItemResult> results = a.finished() ? QuizService.result(a).items() : null;
        return new AttemptView(a.id.toString(), a.bank.slug, a.mode, a.startedAt, a.expiresAt, a.finishedAt, questions,
                answered, a.score, a.maxScore, results);
    }
}
