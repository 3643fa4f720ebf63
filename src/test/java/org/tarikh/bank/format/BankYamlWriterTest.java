package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

class BankYamlWriterTest {

    private static BankFile readBack(String yaml) {
        ParsedBank parsed = BankFileReader.read("written.yaml", yaml, ValidationContext.open());
        assertEquals(List.of(), parsed.errors(), yaml);
        return parsed.bank();
    }

    @Test
    void everyTypeSurvivesWritingAndReadingBack() {
        BankFile bank = new BankFile("fixture-all-types", "Fixture: every question type", "One question of each type.", "en",
                Fixtures.allTypes());
        assertEquals(bank, readBack(BankYamlWriter.write(bank)));
    }

    @Test
    void outputLooksLikeAHandWrittenFile() {
        BankFile bank = new BankFile("najibullah-offices", "Najibullah: offices", "Who held what.", "en",
                List.of(Fixtures.allTypes().get(0), Fixtures.allTypes().get(8)));
        assertEquals("""
                bank: najibullah-offices
                title: "Najibullah: offices"
                description: "Who held what."
                language: en
                questions:
                  - id: khad-chief
                    type: single
                    topic: offices
                    prompt: "Which security service did Najibullah lead from 1980?"
                    choices: ["KHAD", "ASGA", "KAM", "Sarandoy"]
                    answer: "KHAD"
                    explanation: "He was put at the head of KHAD in 1980."
                    source: { section: "Minister of State Security: 1980–1985" }
                    difficulty: 2
                    tags: [khad, security]

                  - id: who-held-what
                    type: match
                    topic: offices
                    prompt: "Match each post to its holder."
                    pairs:
                      - { left: "Head of KHAD, 1980", right: "Najibullah" }
                      - { left: "General Secretary, 1980", right: "Babrak Karmal" }
                      - { left: "Soviet leader, 1985", right: "Mikhail Gorbachev" }
                    explanation: "Karmal led the party until 1986; Gorbachev led the Soviet Union from 1985."
                    source: { section: "Minister of State Security: 1980–1985" }
                """, BankYamlWriter.write(bank));
    }

    @Test
    void awkwardStringsAreQuotedAndSurvive() {
        List<String> awkward = List.of("yes", "1988", "say \"no\"", "back\\slash", "two\nlines", " padded ", "# not a comment",
                "a: b", "tab\there", "null", "~", "Ünïcödé – dash", "emoji 🙂", "line\u2028sep");
        QuestionSpec q = new QuestionSpec("tricky", "yes", "Which one?", new Body.Text(awkward), "Because: \"so\".",
                null, null, List.of("no", "1988", "ok-tag", "Two Words"));
        BankFile bank = new BankFile("tricky", "Title: with colon", "", "en", List.of(q));
        String yaml = BankYamlWriter.write(bank);
        assertTrue(yaml.contains("tags: [\"no\", \"1988\", ok-tag, \"Two Words\"]"), yaml);
        assertTrue(yaml.contains("topic: \"yes\""), yaml);
        assertEquals(bank, readBack(yaml));
    }

    @Test
    void longChoiceListsAreWrittenOneItemPerLine() {
        QuestionSpec q = new QuestionSpec("long", "events", "Which?", new Body.Single(List.of(
                "The first of several long choices written out in full",
                "The second of several long choices written out in full"),
                "The first of several long choices written out in full"), "So.", null, null, null);
        String yaml = BankYamlWriter.write(new BankFile("b", "T", "D", "en", List.of(q)));
        assertTrue(yaml.contains("""
                    choices:
                      - "The first of several long choices written out in full"
                      - "The second of several long choices written out in full"
                """), yaml);
    }

    @Test
    void emptyBankIsWrittenAsAnEmptyList() {
        BankFile empty = new BankFile("empty", "Nothing yet", "", "en", List.of());
        assertTrue(BankYamlWriter.write(empty).endsWith("questions: []\n"));
        assertEquals(empty, readBack(BankYamlWriter.write(empty)));
    }
}
