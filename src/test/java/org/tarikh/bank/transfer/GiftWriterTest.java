package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;

class GiftWriterTest {

    @Test
    void smallBankIsWrittenAsMoodleWouldReadIt() {
        ExportedFile file = GiftWriter.write(List.of(
                question("khad-chief", "offices", "Which service did Najibullah lead from 1980?",
                        new Body.Single(List.of("KHAD", "ASGA", "KAM"), "KHAD", Map.of("KAM", 50.0)),
                        "He headed KHAD from 1980.", "Minister of State Security: 1980–1985", 2, List.of("khad", "security")),
                question("factions", "offices", "Which were factions of the PDPA?",
                        new Body.Multi(List.of("Parcham", "Khalq", "Sarandoy"), List.of("Parcham", "Khalq")),
                        null, null, null, null),
                question("accords", "events", "The Geneva Accords were signed in _____ by four states.",
                        new Body.Single(List.of("1986", "1988"), "1988"), "April 1988.", null, null, null),
                question("born-kabul", "events", "Najibullah was born in Kabul.", new Body.TrueFalse(false),
                        "In Gardez, Paktia {not Kabul}.", null, null, List.of()),
                question("troops", "events", "How many Soviet troops were there, about?",
                        new Body.Numeric(100000, 5000, "troops"), null, null, null, null),
                question("home-town", "places", "Name his home town.", new Body.Text(List.of("Gardez", "Gardēz")),
                        null, null, null, null),
                question("posts", "places", "Match: post -> holder.", new Body.Match(List.of(
                        new Body.Pair("KHAD", "Najibullah"), new Body.Pair("PDPA", "Karmal"), new Body.Pair("State", "Kishtmand"))),
                        null, null, null, null)));
        assertEquals("""
                $CATEGORY: offices

                // source: Minister of State Security: 1980–1985
                // tags: khad, security
                // difficulty: 2
                ::khad-chief::Which service did Najibullah lead from 1980? {
                \t=KHAD
                \t~ASGA
                \t~%50%KAM
                \t####He headed KHAD from 1980.
                }

                ::factions::Which were factions of the PDPA? {
                \t~%50%Parcham
                \t~%50%Khalq
                \t~%-50%Sarandoy
                }

                $CATEGORY: events

                ::accords::The Geneva Accords were signed in {
                \t~1986
                \t=1988
                \t####April 1988.
                } by four states.

                // tags:\s
                ::born-kabul::Najibullah was born in Kabul. {
                \tFALSE
                \t####In Gardez, Paktia \\{not Kabul\\}.
                }

                // unit: troops
                ::troops::How many Soviet troops were there, about? {#
                \t=100000:5000
                }

                $CATEGORY: places

                ::home-town::Name his home town. {
                \t=Gardez
                \t=Gardēz
                }

                ::posts::Match\\: post -> holder. {
                \t=KHAD -> Najibullah
                \t=PDPA -> Karmal
                \t=State -> Kishtmand
                }
                """, file.text());
        assertEquals(List.of(), file.skipped());
    }

    @Test
    void typesGiftCannotHoldAreListedAsSkippedInTheFileToo() {
        ExportedFile file = GiftWriter.write(List.of(
                question("order", "events", "Oldest first.", new Body.Order(List.of("a", "b", "c")), null, null, null, null),
                question("cloze", "events", "Signed in {{1988}}.", new Body.Cloze("Signed in {{1988}}."), null, null, null, null),
                question("date", "events", "When?", new Body.DateAnswer(PartialDate.parseIso("1988-04-14").orElseThrow()),
                        null, null, null, null),
                question("card", "events", "KHAD", new Body.Card("The secret police."), null, null, null, null),
                question("kept", "events", "Kept?", new Body.TrueFalse(true), null, null, null, null)));
        assertEquals(List.of(
                new ExportedFile.Skipped("order", "order", "GIFT has no ordering question"),
                new ExportedFile.Skipped("cloze", "cloze", "GIFT has no cloze question with several blanks"),
                new ExportedFile.Skipped("date", "date", "GIFT has no date question")), file.skipped());
        assertEquals("""
                // Left out of this GIFT file: 3 questions GIFT cannot express (export as YAML to keep them)
                // - order (order): GIFT has no ordering question
                // - cloze (cloze): GIFT has no cloze question with several blanks
                // - date (date): GIFT has no date question

                $CATEGORY: events

                // type: card
                ::card::KHAD {
                \t=The secret police.
                }

                ::kept::Kept? {
                \tTRUE
                }
                """, file.text());
    }

    @Test
    void multiAnswersShareOneHundredToMoodlesFiveDecimalsAndWrongChoicesTakeOneShareAway() {
        ExportedFile file = GiftWriter.write(List.of(question("three", "t", "Which three?",
                new Body.Multi(List.of("a", "b", "c", "d"), List.of("a", "b", "c")), null, null, null, null)));
        assertEquals("$CATEGORY: t\n\n::three::Which three? {\n\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33334%c\n\t~%-33.33333%d\n}\n",
                file.text());
    }

    @Test
    void emptyBankIsAnEmptyFile() {
        assertEquals(new ExportedFile("", List.of()), GiftWriter.write(List.of()));
    }

    static QuestionSpec question(String id, String topic, String prompt, Body body, String explanation, String section,
                                 Integer difficulty, List<String> tags) {
        return new QuestionSpec(id, topic, prompt, body, explanation, section == null ? null : List.of(section), difficulty,
                tags);
    }
}
