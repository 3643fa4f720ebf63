package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void onlyAFullScoreIsCorrect() {
        assertTrue(Score.of(1).correct());
        assertFalse(Score.of(0.999).correct());
        assertFalse(Score.of(0).correct());
    }

    @Test
    void floatingErrorJustBelowOneStillCountsAsCorrect() {
        assertTrue(Score.of(0.1 + 0.2 + 0.7 - 1e-12).correct());
    }

    @Test
    void scoreOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Score.of(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Score.of(1.1));
        assertThrows(IllegalArgumentException.class, () -> Score.of(Double.NaN));
    }

    @Test
    void partsScoreTheShareRight() {
        Score score = Score.ofParts(List.of(true, false, true, true));
        assertEquals(0.75, score.value());
        assertEquals(List.of(true, false, true, true), score.parts());
    }

    @Test
    void allOrNothingHasNoParts() {
        assertEquals(new Score(1, List.of()), Score.allOrNothing(true));
        assertEquals(0, Score.allOrNothing(false).value());
    }
}
