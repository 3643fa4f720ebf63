package org.tarikh.bank.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectAnswerTest {

    private static String date(String iso) {
        return CorrectAnswer.describe(new Body.DateAnswer(PartialDate.parseIso(iso).orElseThrow()));
    }

    @Test
    void singleShowsTheAnswer() {
        assertEquals("KHAD", CorrectAnswer.describe(new Body.Single(List.of("KAM", "KHAD"), "KHAD")));
    }

    @Test
    void multiShowsTheAnswersCommaSeparated() {
        assertEquals("KHAD, Sarandoy",
                CorrectAnswer.describe(new Body.Multi(List.of("KHAD", "KAM", "Sarandoy"), List.of("KHAD", "Sarandoy"))));
    }

    @Test
    void trueFalseShowsTrueOrFalse() {
        assertEquals("True", CorrectAnswer.describe(new Body.TrueFalse(true)));
        assertEquals("False", CorrectAnswer.describe(new Body.TrueFalse(false)));
    }

    @Test
    void numericShowsThePlainNumberWithUnitAndTolerance() {
        assertEquals("25000 troops (± 500)", CorrectAnswer.describe(new Body.Numeric(25000, 500, "troops")));
        assertEquals("1989", CorrectAnswer.describe(new Body.Numeric(1989, 0, null)));
        assertEquals("2.5 km (± 0.25)", CorrectAnswer.describe(new Body.Numeric(2.5, 0.25, "km")));
    }

    @Test
    void dateShowsTheAnswerAtItsPrecision() {
        assertEquals("14 April 1988", date("1988-04-14"));
        assertEquals("April 1988", date("1988-04"));
        assertEquals("1988", date("1988"));
        assertEquals("1 September 1986", date("1986-09-01"));
    }

    @Test
    void textShowsTheFirstAcceptedAnswerAndTheOthers() {
        assertEquals("Najibullah (also: Najib, Dr. Najib)",
                CorrectAnswer.describe(new Body.Text(List.of("Najibullah", "Najib", "Dr. Najib"))));
        assertEquals("Gardez", CorrectAnswer.describe(new Body.Text(List.of("Gardez"))));
    }

    @Test
    void clozeShowsTheTextWithBlanksFilled() {
        assertEquals("The Geneva Accords were signed in 1988.",
                CorrectAnswer.describe(new Body.Cloze("The {{Geneva Accords|Geneva Accord}} were signed in {{1988}}.")));
    }

    @Test
    void orderShowsTheNumberedItems() {
        assertEquals("1. Saur Revolution 2. Geneva Accords 3. Soviet withdrawal",
                CorrectAnswer.describe(new Body.Order(List.of("Saur Revolution", "Geneva Accords", "Soviet withdrawal"))));
    }

    @Test
    void matchShowsEachPair() {
        assertEquals("KHAD → Najibullah; President 1979 → Hafizullah Amin",
                CorrectAnswer.describe(new Body.Match(List.of(
                        new Body.Pair("KHAD", "Najibullah"), new Body.Pair("President 1979", "Hafizullah Amin")))));
    }

    @Test
    void cardShowsItsBack() {
        assertEquals("Head of KHAD from 1980", CorrectAnswer.describe(new Body.Card("Head of KHAD from 1980")));
    }
}
