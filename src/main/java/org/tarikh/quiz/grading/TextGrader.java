package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/**
 * {@code text}: right when it matches any accepted answer loosely ({@link TextMatch}); otherwise the best partial
 * credit among the weighted answers it matches; an empty answer scores 0.
 */
final class TextGrader implements Grader<Body.Text> {

    @Override
    public Score grade(Body.Text body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Text text)) {
            throw InvalidResponse.expected("text", "text for a text question");
        }
        if (body.accept().stream().anyMatch(a -> TextMatch.matches(text.text(), a))) {
            return Score.allOrNothing(true);
        }
        if (body.weights() == null) {
            return Score.allOrNothing(false);
        }
        double best = body.weights().entrySet().stream().filter(e -> TextMatch.matches(text.text(), e.getKey()))
                .mapToDouble(e -> e.getValue() / 100).max().orElse(0);
        return Score.of(best);
    }
}
