package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

/** The heuristic: one question keys as right what the other keys as wrong. */
class ContradictionsTest {

    @Test
    void singleChoicesKeyingDifferentOfferedAnswersContradict() {
        assertTrue(Contradictions.contradict(new Body.Single(List.of("1988", "1989"), "1989"),
                new Body.Single(List.of("1987", "1988", "1989"), "1988")));
    }

    @Test
    void genericPromptWithUnrelatedChoicesIsNoContradiction() {
        assertFalse(Contradictions.contradict(new Body.Single(List.of("KHAD", "KAM"), "KHAD"),
                new Body.Single(List.of("Kabul", "Herat"), "Kabul")));
    }

    @Test
    void textAcceptingTheChoiceAgreesWithIt() {
        assertFalse(Contradictions.contradict(new Body.Single(List.of("Gardez", "Kabul"), "Gardez"),
                new Body.Text(List.of("Gardēz", "Gardez city"))));
        assertTrue(Contradictions.contradict(new Body.Single(List.of("Gardez", "Kabul"), "Kabul"),
                new Body.Text(List.of("Gardez"))));
    }

    @Test
    void numbersWithinToleranceAgree() {
        assertFalse(Contradictions.contradict(new Body.Numeric(25000, 1000, null), new Body.Numeric(24500, 0, null)));
        assertTrue(Contradictions.contradict(new Body.Numeric(25000, 0, null), new Body.Numeric(12000, 0, null)));
    }

    @Test
    void orderAndMatchContradictOnlyOnTheSameContent() {
        assertTrue(Contradictions.contradict(new Body.Order(List.of("a", "b", "c")), new Body.Order(List.of("b", "a", "c"))));
        assertTrue(Contradictions.contradict(
                new Body.Match(List.of(new Body.Pair("KHAD", "Najibullah"), new Body.Pair("Party", "Karmal"))),
                new Body.Match(List.of(new Body.Pair("KHAD", "Karmal"), new Body.Pair("Party", "Najibullah")))));
    }

    @Test
    void differentKindsOfQuestionAreNotCompared() {
        assertFalse(Contradictions.contradict(new Body.TrueFalse(true), new Body.Card("Yes")));
    }
}
