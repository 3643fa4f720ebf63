package org.tarikh.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.tarikh.bank.Question;
import org.tarikh.bank.SourceRef;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.CorrectAnswer;
import org.tarikh.bank.content.QuestionSpec;

/** The two sides of a card, built from its question's current version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardView(long cardId, String questionId, String bank, String front, String state, Instant due, Back back) {

    /** The back: the answer, why, and where the source says so. */
    public record Back(String answer, String explanation, SourceRef source) {
    }

    public static CardView of(Card card, boolean withBack) {
        Question q = Question.find("bank = ?1 and key = ?2 and current = true", card.bank, card.questionKey).firstResult();
        QuestionSpec spec = q.spec();
        Back back = null;
        if (withBack) {
            back = new Back(CorrectAnswer.describe(spec.body()), spec.explanation(),
                    spec.sections().isEmpty() ? null : SourceRef.of(card.bank.sourceUrl, spec.sections()));
        }
        // The question's row id, not its key: curated keys name their answers (off-khad-service).
        return new CardView(card.id, String.valueOf(q.id), card.bank.slug, front(spec), card.state.code(), card.due, back);
    }

    static String front(QuestionSpec spec) {
        return switch (spec.type()) {
            // without the cue a statement reads like a card to recall
            case TRUEFALSE -> spec.prompt().regionMatches(true, 0, "True or false", 0, 13) ? spec.prompt()
                    : "True or false? " + spec.prompt();
            case CLOZE -> (spec.prompt() == null || spec.prompt().isBlank() ? "" : spec.prompt() + " ")
                    + ClozeText.withGaps(((Body.Cloze) spec.body()).text());
            case SINGLE, MULTI, NUMERIC, DATE, TEXT, ORDER, MATCH, CARD -> spec.prompt();
        };
    }
}
