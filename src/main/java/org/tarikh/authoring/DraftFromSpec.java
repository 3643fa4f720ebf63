package org.tarikh.authoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.QuestionMaps;

/** A stored question as a draft, for editing it. */
final class DraftFromSpec {

    private DraftFromSpec() {
    }

    /** The draft of {@code q}, an edit of version {@code version}. */
    static QuestionDraft of(QuestionSpec q, int version) {
        return new QuestionDraft(q.type(), false, version, q.id(), q.topic(), orEmpty(q.prompt()),
                orEmpty(q.explanation()), QuestionMaps.joinSections(q.sections()),
                q.difficulty() == null ? "" : q.difficulty().toString(),
                q.tags() == null ? "" : String.join(", ", q.tags()), answer(q.body()));
    }

    /** The body's answer in the form's fields: one case per question type, so a new type is a compile error here. */
    private static DraftAnswer answer(Body b) {
        return switch (b.type()) {
            case SINGLE -> {
                Body.Single s = (Body.Single) b;
                yield DraftAnswer.ofRows(s.choices().stream()
                        .map(c -> new DraftAnswer.Row(c, c.equals(s.answer()), weight(s.weights(), c))).toList());
            }
            case MULTI -> {
                Body.Multi m = (Body.Multi) b;
                yield DraftAnswer.ofRows(m.choices().stream()
                        .map(c -> new DraftAnswer.Row(c, m.answers().contains(c), weight(m.weights(), c))).toList());
            }
            case TRUEFALSE -> DraftAnswer.ofTruth(((Body.TrueFalse) b).answer());
            case NUMERIC -> {
                Body.Numeric n = (Body.Numeric) b;
                yield DraftAnswer.ofNumber(plain(n.answer()), n.tolerance() == 0 ? "" : plain(n.tolerance()),
                        orEmpty(n.unit()));
            }
            case DATE -> DraftAnswer.ofDate(((Body.DateAnswer) b).answer().toString());
            case TEXT -> DraftAnswer.ofRows(rows(((Body.Text) b).accept(), true));
            case CLOZE -> DraftAnswer.ofCloze(((Body.Cloze) b).text());
            case ORDER -> DraftAnswer.ofRows(rows(((Body.Order) b).items(), false));
            case MATCH -> DraftAnswer.ofPairs(((Body.Match) b).pairs().stream()
                    .map(p -> new DraftAnswer.PairRow(p.left(), p.right())).toList());
            case CARD -> DraftAnswer.ofBack(((Body.Card) b).back());
        };
    }

    private static List<DraftAnswer.Row> rows(List<String> texts, boolean right) {
        return texts.stream().map(t -> new DraftAnswer.Row(t, right, "")).toList();
    }

    private static String weight(Map<String, Double> weights, String choice) {
        Double w = weights == null ? null : weights.get(choice);
        return w == null ? "" : plain(w);
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
