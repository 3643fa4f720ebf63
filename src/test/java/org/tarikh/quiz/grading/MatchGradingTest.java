package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

class MatchGradingTest {

    private static final Body.Match OFFICES = new Body.Match(List.of(
            new Body.Pair("KHAD", "Najibullah"),
            new Body.Pair("PDPA General Secretary 1979", "Hafizullah Amin"),
            new Body.Pair("Chairman of the Revolutionary Council 1980", "Babrak Karmal"),
            new Body.Pair("Prime Minister 1990", "Fazal Haq Khaliqyar")));

    private static Score grade(Body.Match body, Map<Integer, Integer> rightByLeft) {
        return Grading.grade(body, new GivenAnswer.Matching(rightByLeft));
    }

    @Test
    void allPairsRightScoresOne() {
        Score score = grade(OFFICES, Map.of(0, 0, 1, 1, 2, 2, 3, 3));
        assertTrue(score.correct());
        assertEquals(List.of(true, true, true, true), score.parts());
    }

    @Test
    void twoOfFourPairsRightScoresHalfWithPerLeftDetail() {
        Score score = grade(OFFICES, Map.of(0, 0, 1, 1, 2, 3, 3, 2));
        assertEquals(0.5, score.value());
        assertEquals(List.of(true, true, false, false), score.parts());
    }

    @Test
    void allPairsWrongScoresZero() {
        assertEquals(0, grade(OFFICES, Map.of(0, 1, 1, 0, 2, 3, 3, 2)).value());
    }

    @Test
    void missingLeftCountsWrong() {
        Score score = grade(OFFICES, Map.of(0, 0, 2, 2, 3, 3));
        assertEquals(0.75, score.value());
        assertEquals(List.of(true, false, true, true), score.parts());
    }

    @Test
    void emptyMatchingScoresZeroAndIsNotInvalid() {
        assertEquals(0, grade(OFFICES, Map.of()).value());
    }

    @Test
    void severalLeftsOnOneRightAreAllowedButOnlyItsOwnLeftIsRight() {
        assertEquals(0.25, grade(OFFICES, Map.of(0, 0, 1, 0, 2, 0, 3, 0)).value());
    }

    @Test
    void aRightSharedByTwoPairsIsRightForBothWhicheverCopyIsPicked() {
        Body.Match shared = new Body.Match(List.of(
                new Body.Pair("General Secretary 1986", "Najibullah"),
                new Body.Pair("President 1987", "Najibullah"),
                new Body.Pair("President 1979", "Hafizullah Amin")));
        assertEquals(1, grade(shared, Map.of(0, 1, 1, 0, 2, 2)).value());
    }

    @Test
    void leftOrRightOutOfRangeIsInvalid() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> grade(OFFICES, Map.of(4, 0)));
        assertTrue(e.getMessage().startsWith("response.pairs: left item 4 is out of range"), e.getMessage());
        assertThrows(InvalidResponse.class, () -> grade(OFFICES, Map.of(0, 4)));
        assertThrows(InvalidResponse.class, () -> grade(OFFICES, Map.of(-1, 0)));
    }

    @Test
    void matchQuestionRefusesAnOrdering() {
        assertThrows(InvalidResponse.class, () -> Grading.grade(OFFICES, new GivenAnswer.Ordering(List.of(0, 1, 2, 3))));
    }
}
