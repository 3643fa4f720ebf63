package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** {@code text}: right when it matches any accepted answer loosely ({@link TextMatch}); an empty answer scores 0. */
final class TextGrader implements Grader<Body.Text> {

    @Override
    public Score grade(Body.Text body, Response response) {
        if (!(response instanceof Response.Text text)) {
            throw InvalidResponse.expected("text", "text for a text question");
        }
        return Score.allOrNothing(body.accept().stream().anyMatch(a -> TextMatch.matches(text.text(), a)));
    }
}
