package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

class WeightedChoiceGradingTest {

    private static final Body.Multi TOMB = new Body.Multi(List.of("No one", "Grant", "Grant's wife", "Grant's father"),
            List.of("Grant", "Grant's wife"), Map.of("No one", -100.0, "Grant", 50.0, "Grant's wife", 50.0, "Grant's father", -100.0));

    @Test
    void aWeightedMultiScoresTheSumOfTheTickedWeightsWithinZeroAndOne() {
        assertEquals(1.0, Grading.grade(TOMB, new GivenAnswer.Choices(Set.of(1, 2))).value(), 1e-9);
        assertEquals(0.5, Grading.grade(TOMB, new GivenAnswer.Choices(Set.of(1))).value(), 1e-9);
        assertEquals(0.0, Grading.grade(TOMB, new GivenAnswer.Choices(Set.of(1, 0))).value(), 1e-9, "floored at 0");
        assertEquals(0.0, Grading.grade(TOMB, new GivenAnswer.Choices(Set.of())).value(), 1e-9);
    }

    @Test
    void aSingleWithPartialCreditGivesThatCredit() {
        Body.Single hard = new Body.Single(List.of("wrong", "half", "full"), "full", Map.of("half", 50.0));
        assertEquals(1.0, Grading.grade(hard, new GivenAnswer.Choice(2)).value(), 1e-9);
        assertEquals(0.5, Grading.grade(hard, new GivenAnswer.Choice(1)).value(), 1e-9);
        assertEquals(0.0, Grading.grade(hard, new GivenAnswer.Choice(0)).value(), 1e-9);
    }
}
