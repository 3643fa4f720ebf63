package org.tarikh.bank.transfer;

import java.util.List;
import java.util.stream.Collectors;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/** Any question as a flashcard's two sides: the front a learner sees (a cloze with its gaps) and the right answer as text. */
final class CsvCardText {

    private CsvCardText() {
    }

    static String front(QuestionSpec q) {
        String prompt = q.prompt() == null ? "" : q.prompt();
        if (q.type() == QuestionType.CLOZE) {
            String gaps = ClozeText.withGaps(((Body.Cloze) q.body()).text());
            return prompt.isBlank() ? gaps : prompt + "\n" + gaps;
        }
        return prompt;
    }

    static String back(Body body) {
        return switch (body.type()) {
            case CARD -> ((Body.Card) body).back();
            case SINGLE -> ((Body.Single) body).answer();
            case MULTI -> String.join(", ", ((Body.Multi) body).answers());
            case TRUEFALSE -> ((Body.TrueFalse) body).answer() ? "True" : "False";
            case NUMERIC -> numeric((Body.Numeric) body);
            case DATE -> ((Body.DateAnswer) body).answer().toString();
            case TEXT -> ((Body.Text) body).accept().get(0);
            case CLOZE -> ClozeText.filled(((Body.Cloze) body).text());
            case ORDER -> String.join(" → ", ((Body.Order) body).items());
            case MATCH -> pairs(((Body.Match) body).pairs());
        };
    }

    /** "25000 ± 500 troops". */
    private static String numeric(Body.Numeric b) {
        String text = GiftAnswerWriter.number(b.answer());
        if (b.tolerance() != 0) {
            text += " ± " + GiftAnswerWriter.number(b.tolerance());
        }
        return b.unit() == null || b.unit().isBlank() ? text : text + " " + b.unit();
    }

    /** "Najibullah → KHAD; Karmal → PDPA". */
    private static String pairs(List<Body.Pair> pairs) {
        return pairs.stream().map(p -> p.left() + " → " + p.right()).collect(Collectors.joining("; "));
    }
}
