package org.tarikh.bank.transfer;

import java.util.List;
import java.util.stream.Collectors;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.QuestionSpec;

/** Any question as a flashcard's two sides: the front a learner sees (a cloze with its gaps) and the right answer as text. */
final class CsvCardText {

    private CsvCardText() {
    }

    static String front(QuestionSpec q) {
        String prompt = q.prompt() == null ? "" : q.prompt();
        if (q.body() instanceof Body.Cloze c) {
            String gaps = ClozeText.withGaps(c.text());
            return prompt.isBlank() ? gaps : prompt + "\n" + gaps;
        }
        return prompt;
    }

    static String back(Body body) {
        if (body instanceof Body.Card b) {
            return b.back();
        } else if (body instanceof Body.Single b) {
            return b.answer();
        } else if (body instanceof Body.Multi b) {
            return String.join(", ", b.answers());
        } else if (body instanceof Body.TrueFalse b) {
            return b.answer() ? "True" : "False";
        } else if (body instanceof Body.Numeric b) {
            return numeric(b);
        } else if (body instanceof Body.DateAnswer b) {
            return b.answer().toString();
        } else if (body instanceof Body.Text b) {
            return b.accept().get(0);
        } else if (body instanceof Body.Cloze b) {
            return ClozeText.filled(b.text());
        } else if (body instanceof Body.Order b) {
            return String.join(" → ", b.items());
        } else if (body instanceof Body.Match b) {
            return pairs(b.pairs());
        }
        throw new IllegalArgumentException("no card text for " + body.type());
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
