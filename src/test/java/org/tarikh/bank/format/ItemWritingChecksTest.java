package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/** Item-writing warnings, one check at a time: each flags the flaw and leaves the sound version alone. */
class ItemWritingChecksTest {

    private static QuestionSpec q(String prompt, Body body) {
        return new QuestionSpec("q1", "events", prompt, body, "Because.", List.of("Emergency"), null, null);
    }

    @Test
    void answerInsideItsOwnPromptIsFlagged() {
        QuestionSpec renamed = q("The Democratic Republic of Afghanistan got which new name?",
                new Body.Text(List.of("Republic of Afghanistan")));
        assertEquals(List.of("the answer \"Republic of Afghanistan\" appears in the question itself"),
                ItemWritingChecks.of(renamed));
    }

    @Test
    void oneWordAnswerHiddenInsideALongerWordIsFlagged() {
        QuestionSpec ullah = q("What did Najibullah add back to his name?", new Body.Text(List.of("Ullah")));
        assertTrue(ItemWritingChecks.answerInPrompt(ullah).isPresent());
    }

    @Test
    void clozeBlankRepeatedInItsOwnTextIsFlaggedButNotTheBlankItself() {
        assertTrue(ItemWritingChecks.answerInPrompt(q("", new Body.Cloze("{{Karmal}} lost power; Karmal went to Moscow.")))
                .isPresent());
        assertTrue(ItemWritingChecks.answerInPrompt(q("", new Body.Cloze("{{Karmal}} went to Moscow."))).isEmpty());
    }

    @Test
    void answerThatOnlySharesAWordWithThePromptIsNotFlagged() {
        QuestionSpec fine = q("Which faction gained the upper hand over his own in 1978?",
                new Body.Single(List.of("Khalq", "Parcham", "Hizbollah"), "Khalq"));
        assertEquals(List.of(), ItemWritingChecks.of(fine));
    }

    @Test
    void singleChoiceKeyMuchLongerThanItsDistractorsIsFlagged() {
        QuestionSpec giveaway = q("Where were the bodies hanged?", new Body.Single(List.of(
                "From a traffic-light pole outside the presidential palace", "At the airport", "In Gardez"),
                "From a traffic-light pole outside the presidential palace"));
        assertTrue(ItemWritingChecks.longKey(giveaway).orElseThrow().startsWith("the key is 5.0 times as long"));
    }

    @Test
    void keyAtOneAndAHalfTimesItsDistractorsIsAccepted() {
        QuestionSpec balanced = q("Which?", new Body.Single(List.of("abcdef", "abcd", "abcd"), "abcdef"));
        assertTrue(ItemWritingChecks.longKey(balanced).isEmpty());
    }

    @Test
    void approximateNumberAskedWithNoToleranceIsFlagged() {
        QuestionSpec vague = q("Roughly what share of the country did the government hold?", new Body.Numeric(10, 0, "%"));
        assertEquals(List.of("the prompt asks for an approximate number but the tolerance is 0"), ItemWritingChecks.of(vague));
        assertTrue(ItemWritingChecks.hedgedExactNumber(q("About how many?", new Body.Numeric(10, 2, null))).isEmpty());
        assertTrue(ItemWritingChecks.hedgedExactNumber(q("How many, exactly?", new Body.Numeric(10, 0, null))).isEmpty());
    }
}
