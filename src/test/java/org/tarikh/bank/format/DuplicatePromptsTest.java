package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/** The same prompt twice in one bank set is flagged, whatever its case or punctuation; other folders are other sets. */
class DuplicatePromptsTest {

    private static QuestionSpec q(String id, String prompt) {
        return new QuestionSpec(id, "dates", prompt, new Body.TrueFalse(true), "Yes.", List.of("Emergency"), null, null);
    }

    private static ParsedBank bank(String file, QuestionSpec... questions) {
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < questions.length; i++) {
            lines.put(questions[i].id(), 10 * (i + 1));
        }
        return new ParsedBank(file, new BankFile(file, "T", "", "en", List.of(questions)), lines, null, List.of());
    }

    @Test
    void samePromptInTwoBanksOfOneFolderIsFlaggedOnTheRepeat() {
        List<LineError> warnings = DuplicatePrompts.find(List.of(
                bank("q/najib/dates.yaml", q("a", "Was the emergency declared in 1989?")),
                bank("q/najib/events.yaml", q("b", "Other?"), q("c", "was the Emergency declared in 1989"))));
        assertEquals(List.of("q/najib/events.yaml:20: c: warning: same prompt as a (q/najib/dates.yaml)"),
                warnings.stream().map(LineError::toString).toList());
    }

    @Test
    void samePromptInAnotherFolderIsNotADuplicate() {
        assertEquals(List.of(), DuplicatePrompts.find(List.of(
                bank("q/najib/dates.yaml", q("a", "Was the emergency declared in 1989?")),
                bank("q/other/dates.yaml", q("a", "Was the emergency declared in 1989?")))));
    }
}
