package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

class ClozeGradingTest {

    private static final Body.Cloze GENEVA =
            new Body.Cloze("The {{Geneva Accords|Geneva Accord}} were signed in {{1988}}.");

    private static Score grade(String... blanks) {
        return Grading.grade(GENEVA, new GivenAnswer.Blanks(List.of(blanks)));
    }

    @Test
    void allBlanksRightScoresOne() {
        Score score = grade("Geneva Accords", "1988");
        assertEquals(1, score.value());
        assertEquals(List.of(true, true), score.parts());
    }

    @Test
    void anyAlternativeOfABlankIsRight() {
        assertEquals(1, grade("geneva accord", "1988").value());
    }

    @Test
    void blanksAreComparedLooselyLikeTextAnswers() {
        assertEquals(1, grade("  GENEVA-accords. ", " 1988 ").value());
    }

    @Test
    void oneOfTwoBlanksRightScoresHalfWithPerBlankDetail() {
        Score score = grade("Geneva Accords", "1989");
        assertEquals(0.5, score.value());
        assertEquals(List.of(true, false), score.parts());
    }

    @Test
    void allBlanksWrongScoresZero() {
        assertEquals(0, grade("Camp David", "1978").value());
    }

    @Test
    void emptyBlanksScoreZeroAndAreNotInvalid() {
        Score score = grade("", "");
        assertEquals(0, score.value());
        assertEquals(List.of(false, false), score.parts());
    }

    @Test
    void tooFewOrTooManyBlanksAreInvalid() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> grade("Geneva Accords"));
        assertEquals("response.blanks: expected 2 answer(s), one per blank, got 1", e.getMessage());
        assertThrows(InvalidResponse.class, () -> grade("Geneva Accords", "1988", "extra"));
        assertThrows(InvalidResponse.class, () -> grade());
    }

    @Test
    void clozeQuestionRefusesASingleText() {
        assertThrows(InvalidResponse.class, () -> Grading.grade(GENEVA, new GivenAnswer.Text("Geneva Accords 1988")));
    }
}
