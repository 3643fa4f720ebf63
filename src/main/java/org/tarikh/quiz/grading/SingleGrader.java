package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** {@code single}: full marks for the answer, partial credit for a weighted choice, otherwise nothing. */
final class SingleGrader implements Grader<Body.Single> {

    @Override
    public Score grade(Body.Single body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Choice choice)) {
            throw InvalidResponse.expected("choice", "a choice for a single-choice question");
        }
        InvalidResponse.requireIndex(choice.index(), body.choices().size(), "choice", "choice");
        return Score.of(body.credit(body.choices().get(choice.index())));
    }
}
