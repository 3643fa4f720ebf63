package org.tarikh.quiz.grading;

import org.tarikh.bank.content.Body;

/** {@code numeric}: right when within the tolerance, boundaries included; else the best partial band that holds it. */
final class NumericGrader implements Grader<Body.Numeric> {

    /** Relative allowance for floating-point error, so that 0.4 is within 0.1 of 0.3. */
    private static final double EPSILON = 1e-9;

    @Override
    public Score grade(Body.Numeric body, GivenAnswer response) {
        if (!(response instanceof GivenAnswer.Numeric number)) {
            throw InvalidResponse.expected("value", "a number for a numeric question");
        }
        if (within(number.value(), body.answer(), body.tolerance())) {
            return Score.allOrNothing(true);
        }
        double best = body.partial().stream().filter(b -> within(number.value(), b.answer(), b.tolerance()))
                .mapToDouble(b -> b.weight() / 100).max().orElse(0);
        return best == 0 ? Score.allOrNothing(false) : Score.of(best);
    }

    private static boolean within(double value, double answer, double tolerance) {
        double slack = EPSILON * Math.max(1, Math.abs(answer));
        return Math.abs(value - answer) <= Math.abs(tolerance) + slack;
    }
}
