package org.tarikh.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/**
 * What the editor's form does not show (per-answer feedback, a text answer's partial credit, a number's partial
 * bands, a match's extra options; most come from imported files) is carried over from the version being edited,
 * so that saving an edit never drops it silently. Parts that no longer fit the edited question are let go: the
 * feedback of a choice that was removed, an extra option that became a pair's right side.
 */
final class EditorKeeps {

    private EditorKeeps() {
    }

    static QuestionSpec keep(QuestionSpec before, QuestionSpec edited) {
        if (before == null || before.type() != edited.type()) {
            return edited;
        }
        Body body = body(before.body(), edited.body());
        Map<String, String> feedback = edited.feedback() != null ? edited.feedback() : before.feedback();
        return new QuestionSpec(edited.id(), edited.topic(), edited.prompt(), body, edited.explanation(),
                edited.sections(), edited.difficulty(), edited.tags(), feedback);
    }

    /** Called with two bodies of one type (see {@link #keep}). */
    private static Body body(Body before, Body edited) {
        return switch (edited.type()) {
            case TEXT -> text((Body.Text) before, (Body.Text) edited);
            case NUMERIC -> numeric((Body.Numeric) before, (Body.Numeric) edited);
            case MATCH -> match((Body.Match) before, (Body.Match) edited);
            case SINGLE, MULTI, TRUEFALSE, DATE, CLOZE, ORDER, CARD -> edited; // the form shows all they hold
        };
    }

    private static Body text(Body.Text b, Body.Text e) {
        if (e.weights() != null || b.weights() == null) {
            return e;
        }
        Map<String, Double> weights = new LinkedHashMap<>(b.weights());
        weights.keySet().removeIf(answer -> e.accept().stream().anyMatch(a -> same(a, answer)));
        return new Body.Text(e.accept(), weights.isEmpty() ? null : weights);
    }

    private static Body numeric(Body.Numeric b, Body.Numeric e) {
        return e.partial().isEmpty() ? new Body.Numeric(e.answer(), e.tolerance(), e.unit(), b.partial()) : e;
    }

    private static Body match(Body.Match b, Body.Match e) {
        if (!e.extra().isEmpty()) {
            return e;
        }
        List<String> extra = b.extra().stream().filter(x -> e.pairs().stream().noneMatch(p -> same(p.right(), x))).toList();
        return new Body.Match(e.pairs(), extra);
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
