package org.tarikh.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.bank.content.Body;

class TextGradingTest {

    private static final Body.Text NAJIBULLAH = new Body.Text(List.of("Najibullah", "Najib", "Dr. Najib"));

    private static double grade(Body.Text body, String typed) {
        return Grading.grade(body, new GivenAnswer.Text(typed)).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Najibullah", "najibullah", "NAJIBULLAH", "  Najibullah  ", "Najíbullah", "Najib",
        "Dr. Najib", "dr najib", "Dr Najib!", "Dr.   Najib", "Najib-ullah", "dr. najíb"})
    void anyAcceptedAnswerMatchesIgnoringCaseAccentsPunctuationAndSpaces(String typed) {
        assertEquals(1, grade(NAJIBULLAH, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Karmal", "Najibulla", "Dr", "Mohammad Najibullah"})
    void otherAnswersScoreZero(String typed) {
        assertEquals(0, grade(NAJIBULLAH, typed));
    }

    @Test
    void emptyOrPunctuationOnlyAnswerScoresZeroAndIsNotInvalid() {
        assertEquals(0, grade(NAJIBULLAH, ""));
        assertEquals(0, grade(NAJIBULLAH, "  "));
        assertEquals(0, grade(NAJIBULLAH, "?!"));
    }

    @Test
    void acceptedAnswerWithAccentsMatchesPlainTyping() {
        Body.Text place = new Body.Text(List.of("Mazār-i-Sharīf"));
        assertEquals(1, grade(place, "mazar i sharif"));
        assertEquals(1, grade(place, "Mazarisharif"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dr. Najib|dr najib",
        "  Mohammad   Najibullah  |mohammad najibullah",
        "Mazār-i-Sharīf|mazar i sharif",
        "Qur'an|qur an",
        "Aḥmad Shāh Masʿūd|ahmad shah mas ud",
        "Ömer Straße|omer strasse",
        "ＫＨＡＤ|khad",
        "Jalalabad (1989)|jalalabad 1989",
        "‘Tarikh’ — history…|tarikh history"})
    void normaliseLowersStripsAccentsAndTurnsPunctuationIntoSingleSpaces(String text, String expected) {
        assertEquals(expected, TextMatch.normalise(text));
    }

    @Test
    void matchesIgnoresApostrophesAndHyphensEitherWay() {
        assertTrue(TextMatch.matches("Quran", "Qur'an"));
        assertTrue(TextMatch.matches("Qur’an", "Qur'an"));
        assertTrue(TextMatch.matches("najibullah", "Najib-ullah"));
        assertFalse(TextMatch.matches("", ""));
        assertFalse(TextMatch.matches("KHAD", "KAM"));
    }

    @Test
    void textQuestionRefusesAChoice() {
        InvalidResponse e = assertThrows(InvalidResponse.class, () -> Grading.grade(NAJIBULLAH, new GivenAnswer.Choice(0)));
        assertEquals("response.text: expected text for a text question", e.getMessage());
    }
}
