package org.tarikh.quiz;

import org.tarikh.bank.Bank;
import org.tarikh.bank.SourceRef;
import org.tarikh.bank.content.CorrectAnswer;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.failure.InvalidInput;
import org.tarikh.quiz.grading.AnswerFeedback;
import org.tarikh.quiz.grading.InvalidResponse;

/** Builds the result of one answered (or unanswered) question, as shown after answering and at the end. */
final class Results {

    private Results() {
    }

    /** The author's feedback for the answer; a stored response that no longer reads gets none rather than a 500. */
    private static String feedback(QuestionSpec q, AttemptItem item) {
        if (q.feedback() == null || item.response == null) {
            return null;
        }
        try {
            return AnswerFeedback.of(q, ResponseReader.read(q.type(), item.delivery, item.response));
        } catch (InvalidInput | InvalidResponse e) {
            return null;
        }
    }

    static ItemResult of(AttemptItem item) {
        QuestionSpec q = item.question.spec();
        Bank bank = item.attempt.bank;
        double score = item.scoreOrZero();
        return new ItemResult(item.publicId, item.position, QuizQuestion.of(item).prompt(),
                item.answered(), score >= 1 - 1e-9, score,
                ResponseText.describe(q, item.delivery, item.response), CorrectAnswer.describe(q.body()),
                q.explanation(), SourceRef.of(bank.sourceUrl, q.sections()),
                AnswerParts.of(q, item.delivery, item.response), String.valueOf(item.question.id),
                feedback(q, item));
    }
}
