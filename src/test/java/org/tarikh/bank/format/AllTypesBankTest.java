package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

class AllTypesBankTest {

    private final ParsedBank parsed = BankFileReader.read("all-types.yaml",
            Fixtures.read(Fixtures.goodFolder().resolve(Fixtures.ALL_TYPES)), ValidationContext.curated(Fixtures.SECTIONS));

    private QuestionSpec question(String id) {
        return parsed.bank().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void goodBankHasNoErrorsAndKeepsItsHeader() {
        assertEquals(List.of(), parsed.errors());
        BankFile bank = parsed.bank();
        assertEquals("fixture-all-types", bank.slug());
        assertEquals("Fixture: every question type", bank.title());
        assertEquals("One question of each type.", bank.description());
        assertEquals("en", bank.language());
        assertEquals(List.of(QuestionType.values()), bank.questions().stream().map(QuestionSpec::type).toList());
    }

    @Test
    void eachQuestionRemembersTheLineItStartsOn() {
        assertEquals(7, parsed.lineOf("khad-chief"));
        assertEquals(49, parsed.lineOf("withdrawal-year"));
        assertEquals(95, parsed.lineOf("khad-card"));
    }

    @Test
    void singleChoiceQuestionReadsEveryCommonField() {
        assertEquals(new QuestionSpec("khad-chief", "offices", "Which security service did Najibullah lead from 1980?",
                new Body.Single(List.of("KHAD", "ASGA", "KAM", "Sarandoy"), "KHAD"),
                "He was put at the head of KHAD in 1980.", List.of("Minister of State Security: 1980–1985"), 2,
                List.of("khad", "security")), question("khad-chief"));
    }

    @Test
    void optionalFieldsLeftOutAreNull() {
        QuestionSpec q = question("schools");
        assertEquals(null, q.difficulty());
        assertEquals(null, q.tags());
        assertEquals(new Body.Multi(List.of("Habibia High School", "Kabul University", "Moscow State University"),
                List.of("Habibia High School", "Kabul University")), q.body());
    }

    @Test
    void everyTypeSpecificBodyIsRead() {
        assertEquals(new Body.TrueFalse(false), question("practised-medicine").body());
        assertEquals(new Body.Numeric(2, 0.5, "times"), question("times-jailed").body());
        assertEquals(new Body.DateAnswer(new PartialDate(1989, null, null)), question("withdrawal-year").body());
        assertEquals(new Body.Text(List.of("Gardez", "Gardēz")), question("birthplace").body());
        assertEquals(List.of(List.of("Geneva Accords", "Geneva Agreements"), List.of("1988")),
                ((Body.Cloze) question("geneva-cloze").body()).blanks());
        assertEquals(new Body.Order(List.of("Ambassador to Iran", "Head of KHAD", "General Secretary of the PDPA")),
                question("posts-in-order").body());
        assertEquals(new Body.Pair("General Secretary, 1980", "Babrak Karmal"),
                ((Body.Match) question("who-held-what").body()).pairs().get(1));
    }

    @Test
    void cardFrontBecomesThePrompt() {
        QuestionSpec card = question("khad-card");
        assertEquals("KHAD", card.prompt());
        assertEquals(new Body.Card("The Afghan secret police, led by Najibullah from 1980."), card.body());
    }

    @Test
    void sourceFileIsReadWithItsOptionalAttribution() {
        ParsedSource source = SourceFileReader.read("source.yaml",
                Fixtures.read(Fixtures.goodFolder().resolve("najibullah/source.yaml")));
        assertTrue(source.isValid(), source.errors()::toString);
        assertEquals(new SourceFile("Mohammad Najibullah", "https://en.wikipedia.org/wiki/Mohammad_Najibullah",
                "CC BY-SA 4.0", "Facts drawn from the Wikipedia article; questions written anew.", Fixtures.SECTIONS),
                source.source());
    }

    @Test
    void sourceFileWithoutSectionsOrWithAnUnknownFieldIsRejected() {
        ParsedSource source = SourceFileReader.read("source.yaml", """
                title: "T"
                url: "https://example.org"
                license: "CC0"
                author: "someone"
                """);
        assertEquals(List.of("source.yaml:1: missing required field sections", "source.yaml:4: unknown field author"),
                source.errors().stream().map(LineError::toString).toList());
    }
}
