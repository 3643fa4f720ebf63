package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

/** Partial-credit weights on single and multi questions, as GIFT's %50% gives them. */
class WeightsTest {

    private static Map<String, Object> multi(Map<String, Object> weights) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", "tomb");
        q.put("type", "multi");
        q.put("topic", "people");
        q.put("prompt", "Who is buried in Grant's tomb?");
        q.put("choices", List.of("No one", "Grant", "Grant's wife"));
        q.put("answers", List.of("Grant", "Grant's wife"));
        q.put("weights", weights);
        return q;
    }

    @Test
    void validWeightsAreReadAndWrittenBack() {
        Map<String, Object> raw = multi(Map.of("Grant", 50, "Grant's wife", 50, "No one", -100));
        ValidationResult r = QuestionValidator.validate(raw, ValidationContext.open());
        assertEquals(List.of(), r.errors());
        Body.Multi body = (Body.Multi) r.question().body();
        assertEquals(Map.of("Grant", 50.0, "Grant's wife", 50.0, "No one", -100.0), body.weights());
        assertEquals(r.question(), QuestionMaps.fromMap(QuestionMaps.toMap(r.question())));
    }

    @Test
    void answersMustCarryTheCreditAndAddUpToAHundred() {
        List<String> messages = QuestionValidator.validate(multi(Map.of("Grant", 60, "Grant's wife", 60)),
                ValidationContext.open()).errors().stream().map(FieldError::message).toList();
        assertEquals(List.of("weights: the answers' weights must add up to 100, not 120"), messages);
        messages = QuestionValidator.validate(multi(Map.of("Grant", 100, "No one", 20, "Nobody", 5)),
                ValidationContext.open()).errors().stream().map(FieldError::message).toList();
        assertTrue(messages.contains("weights: the answer \"Grant's wife\" needs a positive weight"), messages.toString());
        assertTrue(messages.contains("weights: \"No one\" has credit but is not one of the answers"), messages.toString());
        assertTrue(messages.contains("weights: \"Nobody\" is not one of the choices"), messages.toString());
    }

    @Test
    void aSingleChoiceMayGivePartialCreditToOtherChoices() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", "hard");
        q.put("type", "single");
        q.put("topic", "events");
        q.put("prompt", "Difficult question");
        q.put("choices", List.of("full", "half", "wrong"));
        q.put("answer", "full");
        q.put("weights", Map.of("half", 50));
        Body.Single body = (Body.Single) QuestionMaps.fromMap(q).body();
        assertEquals(1.0, body.credit("full"));
        assertEquals(0.5, body.credit("half"));
        assertEquals(0.0, body.credit("wrong"));
        q.put("weights", Map.of("half", 150));
        assertEquals(List.of("weights: \"half\" must be between -100 and 100 percent, not 150.0"),
                QuestionValidator.validate(q, ValidationContext.open()).errors().stream().map(FieldError::message).toList());
    }

    @Test
    void weightedChoicesRoundTripThroughTheBankFileWriter() {
        Map<String, Object> raw = multi(Map.of("Grant", 50, "Grant's wife", 50, "No one", -100));
        BankFile bank = new BankFile("weights", "Weights", "", "en", List.of(QuestionMaps.fromMap(raw)));
        String yaml = BankYamlWriter.write(bank);
        assertTrue(yaml.contains("weights: {") && yaml.contains("\"Grant's wife\": 50") && yaml.contains("\"No one\": -100"), yaml);
        assertEquals(bank.questions(), BankFileReader.read("w.yaml", yaml, ValidationContext.open()).bank().questions());
    }
}
