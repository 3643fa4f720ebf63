package org.tarikh.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/** Saving an edit in the form keeps what the form cannot show (issue #14: imports keep feedback and partial credit). */
class EditorKeepsTest {

    private static QuestionSpec q(Body body, Map<String, String> feedback) {
        return new QuestionSpec("q", "t", "Which?", body, null, List.of(), null, null, feedback);
    }

    @Test
    void feedbackAndTextWeightsSurviveAnEditThatCannotShowThem() {
        QuestionSpec before = q(new Body.Text(List.of("Gardez"), Map.of("Gardes", 75.0, "Gardiz", 50.0)),
                Map.of("Gardez", "Yes."));
        QuestionSpec edited = q(new Body.Text(List.of("Gardez", "Gardiz")), null);
        QuestionSpec kept = EditorKeeps.keep(before, edited);
        assertEquals(new Body.Text(List.of("Gardez", "Gardiz"), Map.of("Gardes", 75.0)), kept.body());
        assertEquals(Map.of("Gardez", "Yes."), kept.feedback());
    }

    @Test
    void bandsAndExtraOptionsSurviveButNotWhenTheTypeChanged() {
        Body.Numeric numeric = new Body.Numeric(1947, 0, null, List.of(new Body.Band(1947, 2, 50)));
        assertEquals(numeric, EditorKeeps.keep(q(numeric, null), q(new Body.Numeric(1947, 0, null), null)).body());
        Body.Match match = new Body.Match(List.of(new Body.Pair("a", "1"), new Body.Pair("b", "2")), List.of("3", "4"));
        Body.Match edited = new Body.Match(List.of(new Body.Pair("a", "1"), new Body.Pair("b", "3")));
        assertEquals(List.of("4"), ((Body.Match) EditorKeeps.keep(q(match, null), q(edited, null)).body()).extra());
        QuestionSpec retyped = q(new Body.TrueFalse(true), null);
        assertEquals(retyped, EditorKeeps.keep(q(numeric, Map.of("1947", "Yes.")), retyped));
    }
}
