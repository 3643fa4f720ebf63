package org.tarikh.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/**
 * The feedback an author gave for what a learner answered (GIFT's per-answer {@code #feedback}, Moodle's answer
 * feedback): the chosen choice's, the matched text answer's, the band that holds a number, "true" or "false";
 * {@link QuestionSpec#OTHERWISE} when nothing else matched. Null when there is none.
 */
public final class AnswerFeedback {

    private AnswerFeedback() {
    }

    public static String of(QuestionSpec q, GivenAnswer response) {
        Map<String, String> feedback = q.feedback();
        if (feedback == null || response == null) {
            return null;
        }
        String chosen = chosen(q.body(), feedback, response);
        return chosen != null ? chosen : feedback.get(QuestionSpec.OTHERWISE);
    }

    private static String chosen(Body body, Map<String, String> feedback, GivenAnswer response) {
        return switch (body.type()) {
            case SINGLE -> response instanceof GivenAnswer.Choice c && c.index() < ((Body.Single) body).choices().size()
                    ? feedback.get(((Body.Single) body).choices().get(c.index())) : null;
            case MULTI -> response instanceof GivenAnswer.Choices c ? multi((Body.Multi) body, feedback, c) : null;
            case TRUEFALSE -> response instanceof GivenAnswer.Bool v ? feedback.get(String.valueOf(v.value())) : null;
            case TEXT -> response instanceof GivenAnswer.Text t ? text(feedback, t) : null;
            case NUMERIC -> response instanceof GivenAnswer.Numeric n ? numeric((Body.Numeric) body, feedback, n.value()) : null;
            case DATE, CLOZE, ORDER, MATCH, CARD -> null; // no per-answer feedback is kept for these
        };
    }

    private static String multi(Body.Multi b, Map<String, String> feedback, GivenAnswer.Choices c) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < b.choices().size(); i++) {
            String text = c.indices().contains(i) ? feedback.get(b.choices().get(i)) : null;
            if (text != null) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    private static String text(Map<String, String> feedback, GivenAnswer.Text t) {
        for (String answer : feedback.keySet()) {
            if (TextMatch.matches(t.text(), answer)) {
                return feedback.get(answer);
            }
        }
        return null;
    }

    /** The full answer's feedback when the number is right, else the feedback of the best band that holds it. */
    private static String numeric(Body.Numeric b, Map<String, String> feedback, double value) {
        if (within(value, b.answer(), b.tolerance())) {
            return feedback.get(Body.numberKey(b.answer(), b.tolerance()));
        }
        return b.partial().stream().filter(band -> within(value, band.answer(), band.tolerance()))
                .max((x, y) -> Double.compare(x.weight(), y.weight()))
                .map(band -> feedback.get(Body.numberKey(band.answer(), band.tolerance()))).orElse(null);
    }

    private static boolean within(double value, double answer, double tolerance) {
        return Math.abs(value - answer) <= Math.abs(tolerance) + 1e-9 * Math.max(1, Math.abs(answer));
    }
}
