package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

/** Partial credit as GIFT and Moodle give it (issue #14): weighted text answers, numeric bands, extra match options. */
class PartialCreditGradingTest {

    private static final Body.Text TOWN = new Body.Text(List.of("Nazareth"), Map.of("Nazereth", 75.0, "Bethlehem", 25.0));
    private static final Body.Numeric YEAR = new Body.Numeric(1822, 0, null,
            List.of(new Body.Band(1822, 2, 50), new Body.Band(1822, 10, 10)));

    @Test
    void aWeightedTextAnswerScoresItsWeight() {
        assertEquals(1.0, Grading.grade(TOWN, new GivenAnswer.Text("nazareth")).value());
        assertEquals(0.75, Grading.grade(TOWN, new GivenAnswer.Text("Nazereth")).value());
        assertEquals(0.25, Grading.grade(TOWN, new GivenAnswer.Text("Bethlehem")).value());
        assertEquals(0.0, Grading.grade(TOWN, new GivenAnswer.Text("Kabul")).value());
    }

    @Test
    void aNumberScoresTheBestBandThatHoldsIt() {
        assertEquals(1.0, Grading.grade(YEAR, new GivenAnswer.Numeric(1822)).value());
        assertEquals(0.5, Grading.grade(YEAR, new GivenAnswer.Numeric(1823)).value());
        assertEquals(0.1, Grading.grade(YEAR, new GivenAnswer.Numeric(1830)).value(), 1e-12);
        assertEquals(0.0, Grading.grade(YEAR, new GivenAnswer.Numeric(1840)).value());
    }

    @Test
    void anExtraRightOptionCanBeChosenAndIsWrongForEveryLeft() {
        Body.Match match = new Body.Match(List.of(new Body.Pair("cat", "cat food"), new Body.Pair("dog", "dog food")),
                List.of("bird seed"));
        assertEquals(1.0, Grading.grade(match, new GivenAnswer.Matching(Map.of(0, 0, 1, 1))).value());
        assertEquals(0.5, Grading.grade(match, new GivenAnswer.Matching(Map.of(0, 0, 1, 2))).value());
        assertThrows(InvalidResponse.class, () -> Grading.grade(match, new GivenAnswer.Matching(Map.of(0, 3))));
    }
}
