package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

class OrderGradingTest {

    private static final double DELTA = 1e-9;
    private static final Body.Order FOUR = new Body.Order(
            List.of("Saur Revolution", "Soviet intervention", "Geneva Accords", "Soviet withdrawal completed"));
    private static final Body.Order FIVE = new Body.Order(List.of("a", "b", "c", "d", "e"));

    private static double grade(Body.Order body, Integer... order) {
        return Grading.grade(body, new GivenAnswer.Ordering(List.of(order))).value();
    }

    @Test
    void rightOrderScoresOne() {
        assertEquals(1, grade(FOUR, 0, 1, 2, 3), DELTA);
        assertTrue(Grading.grade(FOUR, new GivenAnswer.Ordering(List.of(0, 1, 2, 3))).correct());
    }

    @Test
    void reversedOrderScoresZero() {
        assertEquals(0, grade(FOUR, 3, 2, 1, 0), DELTA);
        assertEquals(0, grade(FIVE, 4, 3, 2, 1, 0), DELTA);
    }

    @Test
    void oneAdjacentSwapOfFourItemsScoresFiveSixths() {
        assertEquals(5.0 / 6, grade(FOUR, 0, 2, 1, 3), DELTA);
        assertEquals(5.0 / 6, grade(FOUR, 1, 0, 2, 3), DELTA);
    }

    @Test
    void swappingTheEndsOfFourItemsCostsFiveOfSixPairs() {
        // 3,1,2,0: discordant pairs (3,1) (3,2) (3,0) (1,0) (2,0)
        assertEquals(1.0 / 6, grade(FOUR, 3, 1, 2, 0), DELTA);
    }

    @Test
    void movingTheFirstItemToTheEndOfFiveCostsFourOfTenPairs() {
        assertEquals(0.6, grade(FIVE, 1, 2, 3, 4, 0), DELTA);
    }

    @Test
    void missingItemIsInvalid() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> grade(FIVE, 0, 1, 2, 3));
        assertEquals("response.order: must list each of the 5 items exactly once", e.getMessage());
    }

    @Test
    void repeatedItemIsInvalid() {
        assertThrows(InvalidResponse.class, () -> grade(FIVE, 0, 1, 2, 3, 3));
    }

    @Test
    void outOfRangeItemIsInvalid() {
        assertThrows(InvalidResponse.class, () -> grade(FOUR, 0, 1, 2, 4));
        assertThrows(InvalidResponse.class, () -> grade(FOUR, -1, 1, 2, 3));
    }

    @Test
    void emptyOrderIsInvalidBecauseEveryItemMustBePlaced() {
        assertThrows(InvalidResponse.class, () -> grade(FOUR));
    }

    @Test
    void orderQuestionRefusesPairs() {
        InvalidResponse e = assertThrows(InvalidResponse.class,
                () -> Grading.grade(FOUR, new GivenAnswer.Matching(Map.of())));
        assertEquals("response.order: expected the items in order for an ordering question", e.getMessage());
    }
}
