package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

class ChoiceGradingTest {

    private static final double DELTA = 1e-9;
    private static final Body.Single SINGLE = new Body.Single(List.of("KHAD", "ASGA", "KAM", "Sarandoy"), "KHAD");
    /** Right answers at 0, 2 and 3; 1 and 4 are wrong. */
    private static final Body.Multi MULTI = new Body.Multi(
            List.of("Geneva Accords", "Saur Revolution", "National Reconciliation", "New constitution", "Tet Offensive"),
            List.of("Geneva Accords", "National Reconciliation", "New constitution"));

    private static double multi(Integer... picks) {
        return Grading.grade(MULTI, new GivenAnswer.Choices(Set.of(picks))).value();
    }

    @Test
    void singleRightChoiceScoresOne() {
        Score score = Grading.grade(SINGLE, new GivenAnswer.Choice(0));
        assertEquals(1, score.value());
        assertTrue(score.correct());
    }

    @Test
    void singleWrongChoiceScoresZero() {
        Score score = Grading.grade(SINGLE, new GivenAnswer.Choice(3));
        assertEquals(0, score.value());
        assertFalse(score.correct());
    }

    @Test
    void singleChoiceOutOfRangeIsInvalid() {
        assertThrows(InvalidResponse.class, () -> Grading.grade(SINGLE, new GivenAnswer.Choice(4)));
        assertThrows(InvalidResponse.class, () -> Grading.grade(SINGLE, new GivenAnswer.Choice(-1)));
    }

    @Test
    void singleQuestionRefusesAListOfChoices() {
        InvalidResponse e = assertThrows(InvalidResponse.class,
                () -> Grading.grade(SINGLE, new GivenAnswer.Choices(Set.of(0))));
        assertEquals("response.choice: expected a choice for a single-choice question", e.getMessage());
    }

    @Test
    void multiAllRightPicksScoreOne() {
        assertEquals(1, multi(0, 2, 3), DELTA);
        assertTrue(Grading.grade(MULTI, new GivenAnswer.Choices(Set.of(0, 2, 3))).correct());
    }

    @Test
    void multiTwoRightAndOneWrongPickOfThreeAnswersScoresOneThird() {
        assertEquals(1.0 / 3, multi(0, 2, 1), DELTA);
    }

    @Test
    void multiTwoOfThreeRightWithNoWrongScoresTwoThirds() {
        Score score = Grading.grade(MULTI, new GivenAnswer.Choices(Set.of(0, 3)));
        assertEquals(2.0 / 3, score.value(), DELTA);
        assertFalse(score.correct());
    }

    @Test
    void multiMoreWrongThanRightPicksIsFlooredAtZero() {
        assertEquals(0, multi(0, 1, 4), DELTA);
        assertEquals(0, multi(1, 4), DELTA);
    }

    @Test
    void multiTickingEverythingScoresOnlyTheSurplusOfRightOverWrong() {
        assertEquals(1.0 / 3, multi(0, 1, 2, 3, 4), DELTA);
    }

    @Test
    void multiTickingNothingScoresZeroAndIsNotInvalid() {
        assertEquals(0, multi(), DELTA);
    }

    @Test
    void multiChoiceOutOfRangeIsInvalid() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> multi(0, 5));
        assertTrue(e.getMessage().startsWith("response.choices: choice 5 is out of range"), e.getMessage());
    }

    @Test
    void multiQuestionRefusesASingleChoice() {
        assertThrows(InvalidResponse.class, () -> Grading.grade(MULTI, new GivenAnswer.Choice(0)));
    }

    @Test
    void trueFalseMatchingValueScoresOne() {
        assertTrue(Grading.grade(new Body.TrueFalse(true), new GivenAnswer.Bool(true)).correct());
        assertTrue(Grading.grade(new Body.TrueFalse(false), new GivenAnswer.Bool(false)).correct());
    }

    @Test
    void trueFalseOtherValueScoresZero() {
        assertEquals(0, Grading.grade(new Body.TrueFalse(true), new GivenAnswer.Bool(false)).value());
    }

    @Test
    void trueFalseRefusesTextTrue() {
        InvalidResponse e = assertThrows(InvalidResponse.class,
                () -> Grading.grade(new Body.TrueFalse(true), new GivenAnswer.Text("true")));
        assertEquals("response.value: expected true or false for a true/false question", e.getMessage());
    }
}
