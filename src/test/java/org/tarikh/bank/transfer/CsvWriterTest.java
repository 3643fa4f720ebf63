package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;

class CsvWriterTest {

    private static final String HEADER = "#separator:tab\n#html:false\n#notetype:Basic\n"
            + "#columns:Id\tFront\tBack\tExplanation\tTags\tTopic\n#guid column:1\n#tags column:5\n#deck column:6\n";

    @Test
    void writesAnAnkiTsvWithOneCardPerQuestion() {
        List<QuestionSpec> questions = List.of(
                card("khad", "offices", "KHAD", "The \"secret\" police", "Led by him from 1980.", List.of("khad", "security")),
                q("geneva", "events", "Complete:", new Body.Cloze("The {{Geneva Accords|Geneva}} were signed in {{1988}}."), null),
                q("troops", "events", "How many troops?", new Body.Numeric(25000, 500, "troops"), "About that."),
                q("posts", "offices", "Match.", new Body.Match(List.of(new Body.Pair("Najibullah", "KHAD"),
                        new Body.Pair("Karmal", "PDPA"))), null));
        ExportedFile file = CsvWriter.write(questions);
        assertEquals(HEADER
                + "khad\tKHAD\t\"The \"\"secret\"\" police\"\tLed by him from 1980.\tkhad security\toffices\n"
                + "geneva\t\"Complete:\nThe [1] _____ were signed in [2] _____.\"\tThe Geneva Accords were signed in 1988.\t\t\tevents\n"
                + "troops\tHow many troops?\t25000 ± 500 troops\tAbout that.\t\tevents\n"
                + "posts\tMatch.\tNajibullah → KHAD; Karmal → PDPA\t\t\toffices\n", file.text());
        assertEquals(List.of(), file.skipped());
    }

    @Test
    void everyTypeHasItsAnswerOnTheBack() {
        Map<Body, String> backs = Map.of(
                new Body.Single(List.of("KHAD", "KAM"), "KHAD"), "KHAD",
                new Body.Multi(List.of("a", "b", "c"), List.of("a", "c")), "a, c",
                new Body.TrueFalse(false), "False",
                new Body.Numeric(0.125, 0, null), "0.125",
                new Body.DateAnswer(PartialDate.parseIso("1988-04").orElseThrow()), "1988-04",
                new Body.Text(List.of("Gardez", "Gardiz")), "Gardez",
                new Body.Order(List.of("1979", "1986", "1992")), "1979 → 1986 → 1992");
        backs.forEach((body, back) -> assertEquals(back, CsvCardText.back(body), body.toString()));
    }

    @Test
    void cardsSurviveAWriteAndReadWithAwkwardText() {
        List<QuestionSpec> cards = List.of(
                card("tabs-and-quotes", "offices", "Front\twith a tab and \"quotes\"", "Back, with a comma; and a semicolon",
                        "Line one\nline two", List.of("a", "b-c")),
                card("newlines", "events", "Two\nlines", "  leading and trailing spaces  ", null, null),
                card("unicode", "people", "نجیب‌الله — Najibullah", "Ahmadzai, 1947–1996 ✓", "\"Quoted\" explanation", List.of("pashto")),
                card("hash", "cards", "#not a comment", "\"starts with a quote", "", null));
        List<QuestionSpec> expected = List.of(cards.get(0), cards.get(1), cards.get(2),
                card("hash", "cards", "#not a comment", "\"starts with a quote", null, null));
        ImportedQuestions back = CsvReader.read(CsvWriter.write(cards).text());
        assertEquals(List.of(), back.errors());
        assertEquals(expected, back.questions());
    }

    @Test
    void otherTypesReadBackAsCardsWithTheirAnswer() {
        QuestionSpec tf = q("soviet-exit", "events", "The Soviets left in 1989.", new Body.TrueFalse(true), "February 1989.");
        QuestionSpec card = CsvReader.read(CsvWriter.write(List.of(tf)).text()).questions().get(0);
        assertEquals(card("soviet-exit", "events", "The Soviets left in 1989.", "True", "February 1989.", null), card);
    }

    private static QuestionSpec q(String id, String topic, String prompt, Body body, String explanation) {
        return new QuestionSpec(id, topic, prompt, body, explanation, null, null, null);
    }

    private static QuestionSpec card(String id, String topic, String front, String back, String explanation, List<String> tags) {
        return new QuestionSpec(id, topic, front, new Body.Card(back), explanation, null, null, tags);
    }
}
