package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;

class GradingTest {

    /** One body of each auto-graded type with a response that fits it, and its JSON field. */
    static Stream<Arguments> fittingResponses() {
        return Stream.of(
                Arguments.of(new Body.Single(List.of("a", "b"), "a"), new GivenAnswer.Choice(0), "choice"),
                Arguments.of(new Body.Multi(List.of("a", "b"), List.of("a")), new GivenAnswer.Choices(Set.of(0)), "choices"),
                Arguments.of(new Body.TrueFalse(true), new GivenAnswer.Bool(true), "value"),
                Arguments.of(new Body.Numeric(1, 0, null), new GivenAnswer.Numeric(1), "value"),
                Arguments.of(new Body.DateAnswer(new PartialDate(1988, null, null)), new GivenAnswer.Text("1988"), "value"),
                Arguments.of(new Body.Text(List.of("x")), new GivenAnswer.Text("x"), "text"),
                Arguments.of(new Body.Cloze("{{x}}"), new GivenAnswer.Blanks(List.of("x")), "blanks"),
                Arguments.of(new Body.Order(List.of("a", "b", "c")), new GivenAnswer.Ordering(List.of(0, 1, 2)), "order"),
                Arguments.of(new Body.Match(List.of(new Body.Pair("a", "1"), new Body.Pair("b", "2"))),
                        new GivenAnswer.Matching(Map.of(0, 0, 1, 1)), "pairs"));
    }

    static final List<GivenAnswer> ALL_KINDS = List.of(new GivenAnswer.Choice(0), new GivenAnswer.Choices(Set.of(0)),
            new GivenAnswer.Bool(true), new GivenAnswer.Numeric(1), new GivenAnswer.Text("x"),
            new GivenAnswer.Blanks(List.of("x")), new GivenAnswer.Ordering(List.of(0, 1, 2)),
            new GivenAnswer.Matching(Map.of(0, 0)));

    @ParameterizedTest
    @MethodSource("fittingResponses")
    void everyAutoGradedTypeGradesAFittingRightResponseAsCorrect(Body body, GivenAnswer response, String field) {
        assertTrue(Grading.grade(body, response).correct());
    }

    @ParameterizedTest
    @MethodSource("fittingResponses")
    void everyOtherKindOfResponseIsInvalidAndNamesTheExpectedField(Body body, GivenAnswer fitting, String field) {
        for (GivenAnswer other : ALL_KINDS) {
            boolean sameKind = other.getClass() == fitting.getClass();
            if (!sameKind) {
                InvalidResponse e = assertThrows(InvalidResponse.class, () -> Grading.grade(body, other),
                        body.type() + " with " + other);
                assertTrue(e.getMessage().startsWith("response." + field + ": expected "), e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fittingResponses")
    void missingResponseIsInvalid(Body body, GivenAnswer fitting, String field) {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> Grading.grade(body, null));
        assertEquals("response: missing", e.getMessage());
    }

    @Test
    void cardsAreNotGradedInQuizzes() {
        InvalidResponse e = assertThrows(InvalidResponse.class,
                () -> Grading.grade(new Body.Card("Minister of State Security"), new GivenAnswer.Text("x")));
        assertEquals("response: cards are studied through reviews, not quizzes", e.getMessage());
    }

    @Test
    void missingBodyIsAProgrammingErrorNotAnInvalidResponse() {
        assertThrows(IllegalArgumentException.class, () -> Grading.grade(null, new GivenAnswer.Choice(0)));
    }
}
