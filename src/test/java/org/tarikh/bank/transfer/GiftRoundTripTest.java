package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tarikh.bank.transfer.GiftWriterTest.question;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Writing then reading gives the same questions (record equality) for every type GIFT can hold (and cards,
 * marked as such), when ids are slugs: weights, partial credit, units, extra match options and text that looks
 * like GIFT syntax all come back.
 */
class GiftRoundTripTest {

    private static final String TRICKY = "Braces {like} these, a ~tilde, = sign, #hash, 10:30, a back\\slash\nand a new line";

    @Test
    void everyTypeGiftCanHoldComesBackEqual() {
        List<QuestionSpec> bank = List.of(
                question("khad-chief", "offices", "Which service did Najibullah lead from 1980?",
                        new Body.Single(List.of("KHAD", "ASGA", "KAM", "Sarandoy"), "KHAD", Map.of("KAM", 50.0, "ASGA", 12.5)),
                        "He headed KHAD from 1980.", "Minister of State Security: 1980–1985", 2, List.of("khad", "security")),
                question("plain-single", "offices", "Which one?", new Body.Single(List.of("a", "b"), "b"),
                        "Because.", null, null, null),
                question("factions", "offices", "Which were factions of the PDPA?",
                        new Body.Multi(List.of("Parcham", "Khalq", "Sarandoy", "KAM"), List.of("Parcham", "Khalq"),
                                Map.of("Parcham", 60.0, "Khalq", 40.0, "Sarandoy", -50.0, "KAM", 0.0)),
                        "Two wings of one party.", null, 5, List.of()),
                question("accords", "events", "The Geneva Accords were signed in _____ by four states.",
                        new Body.Single(List.of("1986", "1988"), "1988"), "April 1988.", "Soviet withdrawal", null, null),
                question("born-kabul", "events", "Najibullah was born in Kabul.", new Body.TrueFalse(false),
                        TRICKY, null, null, null),
                question("troops", "events", "How many Soviet troops were there, about?",
                        new Body.Numeric(100000, 5000, null), "About that many.", null, 3, null),
                question("ratio", "events", "What share?", new Body.Numeric(-0.125, 0.0005, null), "An eighth.", null, null, null),
                question("home-town", "places", "Name his home town.", new Body.Text(List.of("Gardez", "Gardēz")),
                        "In Paktia.", null, null, List.of("places")),
                question("tricky", "places", TRICKY, new Body.Single(List.of(TRICKY, "plain"), "plain"), TRICKY, "Early life: 1947–1965", 1,
                        List.of("a tag")),
                question("posts", "the/places", "Match each post with its holder: post -> holder.", new Body.Match(List.of(
                        new Body.Pair("KHAD {chief}", "Najibullah"), new Body.Pair("PDPA", "Karmal = leader"),
                        new Body.Pair("State", "Kishtmand"))),
                        "From 1980.", null, null, null),
                question("weighted-town", "places", "His home town?", new Body.Text(List.of("Gardez"),
                        Map.of("Gardes", 75.0, "A -> B", 20.0)), null, null, null, null),
                question("arrow-answer", "places", "Write the arrow.", new Body.Text(List.of("A -> B", "%50% off", "[html]x")),
                        null, null, null, null),
                question("html-prompt", "places", "[html] is a GIFT tag", new Body.TrueFalse(true), null, null, null, null),
                question("weighted-year", "events", "Born in?", new Body.Numeric(1947, 0, "year",
                        List.of(new Body.Band(1947, 2, 50), new Body.Band(1950, 0, 12.5))), null, null, null, null),
                question("with-extra", "events", "Match.", new Body.Match(List.of(new Body.Pair("a", "1"),
                        new Body.Pair("b", "2")), List.of("3", "4 -> 5")), null, null, null, null),
                question("a-card", "events", "KHAD", new Body.Card("The secret police -> of 1980: {KHAD}"), "Why.", null,
                        null, null),
                new QuestionSpec("with-feedback", "events", "Which one?", new Body.Single(List.of("KHAD", "KAM #1"), "KHAD"),
                        null, List.of(), null, null, Map.of("KHAD", "Right {yes}.", "KAM #1", "No: #1 came first.")),
                new QuestionSpec("tf-feedback", "events", "True?", new Body.TrueFalse(false), null, List.of(), null, null,
                        Map.of("true", "It is not.", "false", "Indeed.")),
                new QuestionSpec("tf-right-only", "events", "True?", new Body.TrueFalse(true), null, List.of(), null, null,
                        Map.of("true", "Indeed.")),
                new QuestionSpec("num-feedback", "events", "Year?", new Body.Numeric(1947, 0, null,
                        List.of(new Body.Band(1947, 2, 50))), null, List.of(), null, null,
                        Map.of("1947", "Yes.", "1947:2", "Close.", QuestionSpec.OTHERWISE, "Far off.")),
                new QuestionSpec("text-feedback", "events", "Town?", new Body.Text(List.of("Gardez"), Map.of("Gardes", 75.0)),
                        null, List.of(), null, null, Map.of("Gardez", "Yes.", "Gardes", "Spelling.")));

        ImportedQuestions back = GiftReader.read(GiftWriter.write(bank).text());

        assertEquals(List.of(), back.errors());
        assertEquals(List.of(), back.skipped());
        assertEquals(bank, back.questions());
    }

    @Test
    void multiWithoutWeightsComesBackWithoutWeightsSoItScoresTheSame() {
        QuestionSpec multi = question("three", "events", "Which three?",
                new Body.Multi(List.of("a", "b", "c", "d"), List.of("a", "b", "c")), "Three of four.", null, null, null);

        ImportedQuestions back = GiftReader.read(GiftWriter.write(List.of(multi)).text());

        assertEquals(List.of(), back.errors());
        Body.Multi body = (Body.Multi) back.questions().get(0).body();
        assertEquals(List.of("a", "b", "c", "d"), body.choices());
        assertEquals(List.of("a", "b", "c"), body.answers());
        assertEquals(multi.body(), body);
    }
}
