package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** {@code numeric}: right when within the tolerance, boundaries included. */
final class NumericGrader implements Grader<Body.Numeric> {

    /** Relative allowance for floating-point error, so that 0.4 is within 0.1 of 0.3. */
    private static final double EPSILON = 1e-9;

    @Override
    public Score grade(Body.Numeric body, Response response) {
        if (!(response instanceof Response.Number number)) {
            throw InvalidResponse.expected("value", "a number for a numeric question");
        }
        double slack = EPSILON * Math.max(1, Math.abs(body.answer()));
        return Score.allOrNothing(Math.abs(number.value() - body.answer()) <= Math.abs(body.tolerance()) + slack);
    }
}
