package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rejection names the file, the line and the question. */
class BankFileReaderTest {

    private static final String FILE = "people.yaml";
    private static final ValidationContext CTX = ValidationContext.curated(List.of("Early life", "Leader: 1986–1992"));

    /** Lines 1 to 5: the first question starts on line 6. */
    private static final String HEADER = """
            bank: test-people
            title: "Test bank"
            description: "For the validator's tests."
            language: en
            questions:
            """;

    /** A valid single-choice question on 8 lines: id +0, type +1, topic +2, prompt +3, choices +4, answer +5, explanation +6, source +7. */
    private static String single(String id) {
        return """
                  - id: %s
                    type: single
                    topic: people
                    prompt: "Who led KHAD from 1980?"
                    choices: ["Najibullah", "Karmal"]
                    answer: "Najibullah"
                    explanation: "He headed the service for five years."
                    source: { section: "Early life" }
                """.formatted(id);
    }

    private static List<String> errors(String questions) {
        return BankFileReader.read(FILE, HEADER + questions, CTX).errors().stream().map(LineError::toString).toList();
    }

    @Test
    void validQuestionsGiveNoErrors() {
        ParsedBank parsed = BankFileReader.read(FILE, HEADER + single("q1") + single("q2"), CTX);
        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.bank().questions().size());
        assertEquals(14, parsed.lineOf("q2"));
    }

    @Test
    void duplicateIdIsReportedOnTheSecondQuestionWithItsLine() {
        assertEquals(List.of("people.yaml:14: q1: duplicate id q1 (first at line 6)"), errors(single("q1") + single("q1")));
    }

    @Test
    void answerNotAmongTheChoicesIsReportedOnTheAnswerLine() {
        String q = single("q1").replace("answer: \"Najibullah\"", "answer: \"Amin\"");
        assertEquals(List.of("people.yaml:11: q1: answer \"Amin\" is not one of the choices"), errors(q));
    }

    @Test
    void unknownTypeIsReportedOnTheTypeLine() {
        String q = single("q1").replace("type: single", "type: riddle");
        assertEquals(List.of("people.yaml:7: q1: unknown type \"riddle\" (known: single, multi, truefalse, numeric, date,"
                + " text, cloze, order, match, card)"), errors(q));
    }

    @Test
    void unknownFieldIsReportedOnItsOwnLine() {
        String q = single("q1") + "    colour: \"red\"\n";
        assertEquals(List.of("people.yaml:14: q1: unknown field colour"), errors(q));
    }

    @Test
    void dateThatDoesNotExistIsRejected() {
        String q = """
                  - id: coup-date
                    type: date
                    topic: dates
                    prompt: "When was the coup?"
                    answer: "1988-02-30"
                    explanation: "No such day."
                    source: { section: "Leader: 1986–1992" }
                """;
        assertEquals(List.of("people.yaml:10: coup-date: answer \"1988-02-30\" is not a real date of the form 1988,"
                + " 1988-04 or 1988-04-14"), errors(q));
    }

    @Test
    void sectionMissingFromSourceYamlIsRejected() {
        String q = single("q1").replace("section: \"Early life\"", "section: \"Exile\"");
        assertEquals(List.of("people.yaml:13: q1: source.section \"Exile\" is not a section of source.yaml"), errors(q));
    }

    @Test
    void sectionWithAHyphenForTheEnDashGetsAHint() {
        String q = single("q1").replace("section: \"Early life\"", "section: \"Leader: 1986-1992\"");
        assertEquals(List.of("people.yaml:13: q1: source.section \"Leader: 1986-1992\" is not a section of source.yaml"
                + " (did you mean \"Leader: 1986–1992\"?)"), errors(q));
    }

    @Test
    void brokenYamlGivesOneErrorOnTheLineTheParserReports() {
        String q = single("q1").replace("    topic: people", "   topic: people");
        List<String> errors = errors(q);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("people.yaml:8: broken YAML: "), errors::toString);
    }

    @Test
    void severalErrorsInOneFileAreAllReported() {
        String q1 = single("q1").replace("answer: \"Najibullah\"", "answer: \"Amin\"");
        String q2 = single("q2").replace("    explanation: \"He headed the service for five years.\"\n", "")
                + "    difficulty: 9\n";
        String q3 = single("q3").replace("topic: people", "topic: gossip");
        assertEquals(List.of(
                "people.yaml:11: q1: answer \"Amin\" is not one of the choices",
                "people.yaml:14: q2: missing required field explanation",
                "people.yaml:21: q2: difficulty must be 1 (easy) to 5 (hard), not 9",
                "people.yaml:24: q3: topic \"gossip\" is not one of offices, dates, policies, events, people, places"),
                errors(q1 + q2 + q3));
    }

    @Test
    void missingRequiredFieldIsReportedOnTheQuestionsFirstLine() {
        String q = single("q1").replace("    prompt: \"Who led KHAD from 1980?\"\n", "");
        assertEquals(List.of("people.yaml:6: q1: missing required field prompt"), errors(q));
    }

    @Test
    void stringWhereAListIsExpectedIsRejected() {
        String q = single("q1").replace("choices: [\"Najibullah\", \"Karmal\"]", "choices: \"Najibullah, Karmal\"");
        assertEquals(List.of("people.yaml:10: q1: choices must be a list, not a string"), errors(q));
    }

    @Test
    void numberWhereAStringIsExpectedAsksForQuotes() {
        String q = single("q1").replace("choices: [\"Najibullah\", \"Karmal\"]", "choices: [\"Najibullah\", 1988]");
        assertEquals(List.of("people.yaml:10: q1: choices[1] must be a string, not the number 1988 (put it in quotes)"),
                errors(q));
    }

    @Test
    void singleChoiceIsTooFew() {
        String q = single("q1").replace("choices: [\"Najibullah\", \"Karmal\"]", "choices: [\"Najibullah\"]");
        assertEquals(List.of("people.yaml:10: q1: choices has 1 entry; 2 to 8 are needed"), errors(q));
    }

    @Test
    void twoOrderItemsAreTooFew() {
        String q = """
                  - id: posts
                    type: order
                    topic: offices
                    prompt: "Earliest first."
                    items:
                      - "Head of KHAD"
                      - "General Secretary"
                    explanation: "1980, then 1986."
                    source: { section: "Leader: 1986–1992" }
                """;
        assertEquals(List.of("people.yaml:10: posts: items has 2 entries; 3 to 8 are needed"), errors(q));
    }

    @Test
    void repeatedChoiceIsReportedOnTheRepeatingItem() {
        String q = single("q1").replace("choices: [\"Najibullah\", \"Karmal\"]", "choices:\n      - \"Najibullah\"\n      - \"Karmal\"\n      - \"karmal\"");
        assertEquals(List.of("people.yaml:13: q1: choices[2] \"karmal\" repeats choices[1]"), errors(q));
    }

    @Test
    void duplicateKeyInAQuestionIsRejected() {
        String q = single("q1") + "    topic: events\n";
        assertEquals(List.of("people.yaml:14: q1: duplicate key topic (first at line 8)"), errors(q));
    }

    @Test
    void headerFieldsAreChecked() {
        String text = """
                bank: Test People
                title: "Test bank"
                questions: []
                owner: "me"
                """;
        assertEquals(List.of(
                "people.yaml:1: bank slug \"Test People\" may use only a-z, 0-9 and '-'",
                "people.yaml:1: missing required field description",
                "people.yaml:1: missing required field language",
                "people.yaml:4: unknown field owner"),
                BankFileReader.read(FILE, text, CTX).errors().stream().map(LineError::toString).toList());
    }

    @Test
    void emptyFileIsOneError() {
        ParsedBank parsed = BankFileReader.read(FILE, "# nothing yet\n", CTX);
        assertNull(parsed.bank());
        assertEquals(List.of("people.yaml:1: a bank file must be a mapping with bank, title, description, language"
                + " and questions"), parsed.errors().stream().map(LineError::toString).toList());
    }

    @Test
    void lineErrorLeavesOutTheIdWhenThereIsNone() {
        assertEquals("a.yaml:3: q1: bad", new LineError("a.yaml", 3, "q1", "bad").toString());
        assertEquals("a.yaml:3: bad", new LineError("a.yaml", 3, null, "bad").toString());
    }
}
