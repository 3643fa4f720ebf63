package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarikh.bank.transfer.GiftWriterTest.question;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/** Moodle XML both ways (issue #14), from small files of our own. */
class MoodleXmlTest {

    private static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category">
                <category><text>$course$/top/History/Offices</text></category>
              </question>
              <question type="multichoice">
                <name><text>KHAD chief</text></name>
                <questiontext format="html"><text><![CDATA[<p>Which service did he <b>lead</b>?</p>]]></text></questiontext>
                <generalfeedback format="html"><text>From 1980.</text></generalfeedback>
                <idnumber>khad-chief</idnumber>
                <single>true</single>
                <answer fraction="100" format="html"><text>KHAD</text><feedback format="html"><text>Yes.</text></feedback></answer>
                <answer fraction="50" format="html"><text>WAD</text></answer>
                <answer fraction="0" format="html"><text>KAM</text><feedback><text>Earlier.</text></feedback></answer>
                <tags><tag><text>security</text></tag></tags>
              </question>
              <question type="multichoice">
                <name><text>Factions</text></name>
                <questiontext format="plain_text"><text>Which were factions?</text></questiontext>
                <single>false</single>
                <answer fraction="50"><text>Parcham</text></answer>
                <answer fraction="50"><text>Khalq</text></answer>
                <answer fraction="-100"><text>Sarandoy</text></answer>
              </question>
              <question type="truefalse">
                <name><text>Kabul</text></name>
                <questiontext format="plain_text"><text>Kabul is the capital.</text></questiontext>
                <answer fraction="100"><text>true</text><feedback><text>Indeed.</text></feedback></answer>
                <answer fraction="0"><text>false</text><feedback><text>It is.</text></feedback></answer>
              </question>
              <question type="shortanswer">
                <name><text>Town</text></name>
                <questiontext format="plain_text"><text>His home town?</text></questiontext>
                <usecase>1</usecase>
                <answer fraction="100"><text>Gardez</text></answer>
                <answer fraction="75"><text>Gardes</text><feedback><text>Spelling.</text></feedback></answer>
              </question>
              <question type="numerical">
                <name><text>Troops</text></name>
                <questiontext format="plain_text"><text>How many troops, in thousands?</text></questiontext>
                <answer fraction="100"><text>100</text><tolerance>5</tolerance></answer>
                <answer fraction="50"><text>100</text><tolerance>20</tolerance><feedback><text>Close.</text></feedback></answer>
                <answer fraction="0"><text>*</text><feedback><text>Far off.</text></feedback></answer>
                <units><unit><multiplier>1</multiplier><unit_name>thousand</unit_name></unit>
                       <unit><multiplier>1000</multiplier><unit_name>troops</unit_name></unit></units>
              </question>
              <question type="matching">
                <name><text>Posts</text></name>
                <questiontext format="plain_text"><text>Match.</text></questiontext>
                <subquestion format="html"><text>KHAD</text><answer><text>Najibullah</text></answer></subquestion>
                <subquestion format="html"><text>PDPA</text><answer><text>Karmal</text></answer></subquestion>
                <subquestion format="html"><text></text><answer><text>Amin</text></answer></subquestion>
              </question>
              <question type="multianswer">
                <name><text>Accords</text></name>
                <questiontext format="html"><text>The {1:SHORTANSWER:=Geneva Accords~=Geneva} were signed in {1:NUMERICAL:=1988:0}.</text></questiontext>
              </question>
              <question type="multianswer">
                <name><text>Choice cloze</text></name>
                <questiontext format="html"><text>Pick {1:MULTICHOICE:=a~b}.</text></questiontext>
              </question>
              <question type="essay">
                <name><text>Essay</text></name>
                <questiontext format="html"><text>Discuss.</text></questiontext>
              </question>
            </quiz>
            """;

    @Test
    void everyTypeTarikhCanHoldIsReadWithItsScoringAndFeedback() {
        ImportedQuestions r = MoodleXmlReader.read(SAMPLE);
        assertEquals(List.of(), r.errors());
        Map<String, QuestionSpec> q = new java.util.HashMap<>();
        r.questions().forEach(s -> q.put(s.id(), s));
        QuestionSpec khad = q.get("khad-chief");
        assertEquals("offices", khad.topic().toLowerCase());
        assertEquals("Which service did he lead?", khad.prompt());
        assertEquals(new Body.Single(List.of("KHAD", "WAD", "KAM"), "KHAD", Map.of("WAD", 50.0)), khad.body());
        assertEquals(Map.of("KHAD", "Yes.", "KAM", "Earlier."), khad.feedback());
        assertEquals(List.of("security"), khad.tags());
        assertEquals("From 1980.", khad.explanation());
        assertEquals(new Body.Multi(List.of("Parcham", "Khalq", "Sarandoy"), List.of("Parcham", "Khalq"),
                Map.of("Parcham", 50.0, "Khalq", 50.0, "Sarandoy", -100.0)), q.get("factions").body());
        assertEquals(new Body.TrueFalse(true), q.get("kabul").body());
        assertEquals(Map.of("true", "Indeed.", "false", "It is."), q.get("kabul").feedback());
        assertEquals(new Body.Text(List.of("Gardez"), Map.of("Gardes", 75.0)), q.get("town").body());
        assertEquals(new Body.Numeric(100, 5, "thousand", List.of(new Body.Band(100, 20, 50))), q.get("troops").body());
        assertEquals(Map.of("100:20", "Close.", QuestionSpec.OTHERWISE, "Far off."), q.get("troops").feedback());
        assertEquals(new Body.Match(List.of(new Body.Pair("KHAD", "Najibullah"), new Body.Pair("PDPA", "Karmal")),
                List.of("Amin")), q.get("posts").body());
        assertEquals(new Body.Cloze("The {{Geneva Accords|Geneva}} were signed in {{1988}}."), q.get("accords").body());
        assertEquals(List.of("choice cloze", "essay"), r.skipped().stream().map(s -> s.message().contains("MULTICHOICE")
                ? "choice cloze" : s.message().contains("essay") ? "essay" : s.message()).toList());
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("usecase")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("\"troops\"")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("HTML")), r.notes().toString());
    }

    @Test
    void writingThenReadingGivesTheSameQuestions() {
        List<QuestionSpec> bank = List.of(
                question("khad-chief", "offices", "Which service <b>&amp;</b> \"led\"?",
                        new Body.Single(List.of("KHAD", "ASGA", "KAM"), "KHAD", Map.of("KAM", 50.0)),
                        "He headed KHAD.", "Minister of State Security: 1980–1985 -- a", 2, List.of("khad", "security")),
                question("factions", "offices", "Which were factions?",
                        new Body.Multi(List.of("Parcham", "Khalq", "Sarandoy", "KAM"), List.of("Parcham", "Khalq", "KAM")),
                        null, null, null, null),
                question("weighted", "offices", "Which?", new Body.Multi(List.of("a", "b", "c"), List.of("a", "b"),
                        Map.of("a", 60.0, "b", 40.0, "c", -50.0)), null, null, null, null),
                new QuestionSpec("tf", "events", "True?", new Body.TrueFalse(false), null, List.of(), null, null,
                        Map.of("true", "No.", "false", "Right.")),
                new QuestionSpec("town", "places", "Town?", new Body.Text(List.of("Gardez", "Gardēz"), Map.of("Gardes", 75.0)),
                        "In Paktia.", List.of(), null, null, Map.of("Gardes", "Spelling.")),
                new QuestionSpec("year", "events", "Year?", new Body.Numeric(1947, 0, "year",
                        List.of(new Body.Band(1947, 2, 50))), null, List.of(), null, null,
                        Map.of("1947", "Yes.", "1947:2", "Close.", QuestionSpec.OTHERWISE, "Far.")),
                question("posts", "events", "Match.", new Body.Match(List.of(new Body.Pair("KHAD", "Najibullah"),
                        new Body.Pair("PDPA <1>", "Karmal")), List.of("Amin")), null, null, null, null),
                question("accords", "events", "Complete the sentence.",
                        new Body.Cloze("The {{Geneva Accords|Geneva}} {{were}} signed in {{1988}} (a {{#1/2~}})."),
                        "April.", null, null, null));
        ExportedFile file = MoodleXmlWriter.write(bank);
        ImportedQuestions back = MoodleXmlReader.read(file.text());
        assertEquals(List.of(), back.errors(), file.text());
        assertEquals(bank, back.questions(), file.text());
    }

    @Test
    void typesMoodleXmlCannotHoldAreNamedInTheFile() {
        ExportedFile file = MoodleXmlWriter.write(List.of(
                question("order", "events", "Oldest first.", new Body.Order(List.of("a", "b", "c")), null, null, null, null),
                question("kept", "events", "Kept?", new Body.TrueFalse(true), null, null, null, null)));
        assertEquals(1, file.skipped().size());
        assertTrue(file.text().contains("<!-- Left out of this Moodle XML file: 1 question"), file.text());
        assertEquals(1, MoodleXmlReader.read(file.text()).questions().size());
    }

    @Test
    void externalEntitiesAndDoctypesAreRefusedAndBadXmlNamesItsLine() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz><question type=\"truefalse\"><questiontext><text>&x;</text></questiontext></question></quiz>";
        ImportedQuestions r = MoodleXmlReader.read(xxe);
        assertEquals(List.of(), r.questions());
        assertTrue(r.errors().get(0).message().contains("DOCTYPE"), r.errors().toString());
        ImportedQuestions bad = MoodleXmlReader.read("<quiz>\n<question type=\"truefalse\">\n</quiz>\n");
        assertEquals(3, bad.errors().get(0).line());
        assertEquals(1, MoodleXmlReader.read("<notquiz/>").errors().size());
    }
}
