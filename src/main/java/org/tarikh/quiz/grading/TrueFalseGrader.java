package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** {@code truefalse}: all or nothing. */
final class TrueFalseGrader implements Grader<Body.TrueFalse> {

    @Override
    public Score grade(Body.TrueFalse body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Bool bool)) {
            throw InvalidResponse.expected("value", "true or false for a true/false question");
        }
        return Score.allOrNothing(bool.value() == body.answer());
    }
}
