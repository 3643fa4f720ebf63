package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

class CopiedRunsTest {

    private static final String SOURCE = "The offensive against the city began when the mujahideen bribed several government"
            + " military officers, from there, they tried to take the airport.";

    @Test
    void tenWordsInARowFromTheSourceAreFoundWhateverTheirCaseAndPunctuation() {
        CopiedRuns runs = new CopiedRuns(SOURCE, 10);
        assertEquals(Optional.of("the offensive against the city began when the mujahideen bribed"),
                runs.firstIn("THE OFFENSIVE against the city began, when the mujahideen bribed officers."));
    }

    @Test
    void nineWordsInARowOrTheSameFactReworded() {
        CopiedRuns runs = new CopiedRuns(SOURCE, 10);
        assertEquals(Optional.empty(), runs.firstIn("The offensive against the city began when the mujahideen paid off officers."));
        assertEquals(Optional.empty(), runs.firstIn("The attack opened with bribes to several army officers, then a try for the airport."));
    }

    @Test
    void aClozeIsReadWithItsFirstAnswersAndEachTextApart() {
        QuestionSpec cloze = new QuestionSpec("c", "events", "Fill in the blanks.",
                new Body.Cloze("They tried to take the {{airport|airfield}}."), "Bribes came first.", List.of("A"), null, null);
        assertEquals(List.of("Fill in the blanks.", "Bribes came first.", "They tried to take the airport."), CopiedRuns.texts(cloze));
    }
}
