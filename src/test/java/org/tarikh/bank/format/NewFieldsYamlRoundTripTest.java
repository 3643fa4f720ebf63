package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/** The fields imports brought in (issue #14) survive YAML: feedback, text weights, numeric bands, extra match options. */
class NewFieldsYamlRoundTripTest {

    @Test
    void feedbackPartialCreditAndExtraOptionsComeBackEqual() {
        List<QuestionSpec> questions = List.of(
                new QuestionSpec("tf", "events", "True?", new Body.TrueFalse(true), null, List.of(), null, null,
                        Map.of("true", "Yes: \"quoted\".", "false", "No.")),
                new QuestionSpec("year", "events", "Year?", new Body.Numeric(1947, 0.5, "year",
                        List.of(new Body.Band(1947, 2, 50), new Body.Band(1950, 0, 12.5))), null, List.of(), null, null,
                        Map.of("1947:0.5", "Yes.", "1947:2", "Close.", "*", "Far.")),
                new QuestionSpec("town", "places", "Town?", new Body.Text(List.of("Gardez"), Map.of("Gardes: 1", 75.0, "true", 10.0)),
                        null, List.of(), null, null, Map.of("Gardes: 1", "Spelling.", "yes", "x")),
                new QuestionSpec("posts", "events", "Match.", new Body.Match(List.of(new Body.Pair("a", "1"),
                        new Body.Pair("b", "2")), List.of("3", "no: 4")), null, List.of(), null, null, null));
        String yaml = BankYamlWriter.write(new BankFile("b", "B", "d", "en", questions));
        ParsedBank back = BankFileReader.read("b.yaml", yaml, ValidationContext.open());
        assertEquals(List.of(), back.errors(), yaml);
        assertEquals(questions, back.bank().questions(), yaml);
    }
}
