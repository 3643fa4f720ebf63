package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.bank.content.Body;

class NumericGradingTest {

    private static final Body.Numeric TROOPS = new Body.Numeric(25000, 500, "troops");

    private static double grade(Body.Numeric body, double value) {
        return Grading.grade(body, new GivenAnswer.Numeric(value)).value();
    }

    @Test
    void exactAnswerScoresOne() {
        assertEquals(1, grade(TROOPS, 25000));
        assertEquals(1, grade(new Body.Numeric(1989, 0, null), 1989));
    }

    @ParameterizedTest
    @ValueSource(doubles = {24500, 24500.0000001, 25499.99, 25500})
    void answerWithinToleranceBoundariesIncludedScoresOne(double value) {
        assertEquals(1, grade(TROOPS, value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {24499.99, 25500.01, 0, -25000, 1e12})
    void answerOutsideToleranceScoresZero(double value) {
        assertEquals(0, grade(TROOPS, value));
    }

    @Test
    void zeroToleranceNeedsTheExactNumber() {
        Body.Numeric year = new Body.Numeric(1989, 0, null);
        assertEquals(0, grade(year, 1988));
        assertEquals(0, grade(year, 1989.001));
    }

    @Test
    void floatingPointErrorAtTheBoundaryStillCounts() {
        // |0.4 - 0.3| is 0.10000000000000003 in doubles
        assertEquals(1, grade(new Body.Numeric(0.3, 0.1, null), 0.4));
        assertEquals(1, grade(new Body.Numeric(0.3, 0, null), 0.1 + 0.2));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void notANumberOrInfinityIsInvalid(double value) {
        assertThrows(InvalidResponse.class, () -> grade(TROOPS, value));
    }

    @Test
    void numericQuestionRefusesTypedText() {
        InvalidResponse e = assertThrows(InvalidResponse.class,
                () -> Grading.grade(TROOPS, new GivenAnswer.Text("25000")));
        assertEquals("response.value: expected a number for a numeric question", e.getMessage());
    }
}
