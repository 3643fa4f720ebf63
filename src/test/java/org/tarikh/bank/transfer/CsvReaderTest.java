package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

class CsvReaderTest {

    @Test
    void readsAnkisSemicolonExampleWithQuotedFields() {
        // The example of Anki's manual: a two-line answer and a quoted separator.
        ImportedQuestions result = CsvReader.read("""
                hello;"this is
                a two line answer"
                two;this is a one line field
                "this includes a ; (semicolon)";another field
                """);
        assertEquals(List.of(), result.errors());
        List<QuestionSpec> cards = result.questions();
        assertEquals(3, cards.size());
        assertEquals(card("hello", "cards", "hello", "this is\na two line answer", null, null), cards.get(0));
        assertEquals("two", cards.get(1).prompt());
        assertEquals("this is a one line field", back(cards.get(1)));
        assertEquals("this includes a ; (semicolon)", cards.get(2).prompt());
        assertEquals("this-includes-a-semicolon", cards.get(2).id());
    }

    @Test
    void readsATabFileWithAnkiHeadersAndHtml() {
        ImportedQuestions result = CsvReader.read("""
                #separator:tab
                #html:true
                #tags:history Najibullah
                #columns:Front\tBack\tTags
                KHAD\tThe <b>secret</b> police<br>of Afghanistan &amp; more\tsecurity khad::agency
                Who led it?\tNajibullah&nbsp;(from 1980)\t
                """);
        assertEquals(List.of(), result.errors());
        QuestionSpec khad = result.questions().get(0);
        assertEquals("The secret police\nof Afghanistan & more", back(khad));
        assertEquals(List.of("history", "najibullah", "security", "khad-agency"), khad.tags());
        assertEquals("Najibullah (from 1980)", back(result.questions().get(1)));
        assertEquals(List.of("history", "najibullah"), result.questions().get(1).tags());
    }

    @Test
    void withoutHtmlModeTagsAndEntitiesStayAsWritten() {
        QuestionSpec card = CsvReader.read("a < b\t<b>x</b> &amp;\n").questions().get(0);
        assertEquals("a < b", card.prompt());
        assertEquals("<b>x</b> &amp;", back(card));
    }

    @Test
    void readsACommaFileWithADeckAndNamedColumnsInAnyCase() {
        ImportedQuestions result = CsvReader.read("""
                #separator:Comma
                #deck:History::Najibullah::Offices
                #columns:front,BACK,Notes,deck
                KHAD,secret police,"Made a ministry in 1986, as WAD.",
                KHAD,again,,Places
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(card("khad", "offices", "KHAD", "secret police", "Made a ministry in 1986, as WAD.", null),
                result.questions().get(0));
        assertEquals(card("khad-2", "places", "KHAD", "again", null, null), result.questions().get(1));
    }

    @Test
    void readsTheShapeOfAnAnkiNotesExport() {
        ImportedQuestions result = CsvReader.read("""
                #separator:tab
                #html:true
                #guid column:1
                #notetype column:2
                #deck column:3
                #tags column:6
                geneva-1988\tBasic\tHistory::Dates\tGeneva Accords signed\t14 April 1988\tgeneva treaty
                """);
        assertEquals(List.of(), result.errors());
        assertEquals(card("geneva-1988", "dates", "Geneva Accords signed", "14 April 1988", null, List.of("geneva", "treaty")),
                result.questions().get(0));
    }

    @Test
    void everyBadRecordIsReportedAtItsFirstLineAndTheGoodOnesStillRead() {
        ImportedQuestions result = CsvReader.read("""
                Q1,A1
                Q2,
                "Q3 spans
                two lines",A3
                Q5,A5,tag,extra
                Q6,A6
                ,A7
                """);
        assertEquals(List.of(
                new LineMessage(2, "the back is empty"),
                new LineMessage(5, "too many fields: 4 found, expected at most 3 (front, back, tags; name more columns with #columns:)"),
                new LineMessage(7, "the front is empty")), result.errors());
        assertFalse(result.isValid());
        assertEquals(List.of("Q1", "Q3 spans\ntwo lines", "Q6"), result.questions().stream().map(QuestionSpec::prompt).toList());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        ImportedQuestions result = CsvReader.read("a,b\nc,\"d\ne,f\n\ng,h\n");
        assertEquals(List.of(new LineMessage(2, "a quoted field starts here but its closing \" is missing")), result.errors());
        assertEquals(1, result.questions().size());
    }

    @Test
    void aRecordWithOnlyAFrontHasTooFewFields() {
        assertEquals(List.of(new LineMessage(2, "too few fields: 1 found, the front and back need 2")),
                CsvReader.read("a\tb\njust a front\n").errors());
    }

    @Test
    void separatorIsDetectedFromTheFirstDataLineIgnoringQuotedText() {
        assertEquals("b,c", back(CsvReader.read("a\tb,c\n").questions().get(0)));
        assertEquals("capital", back(CsvReader.read("\"Kabul, Afghanistan\";capital\n").questions().get(0)));
        assertEquals("b", back(CsvReader.read("# a comment first\n\na,b\n").questions().get(0)));
        assertEquals("b;c", back(CsvReader.read("#separator:|\na|b;c\n").questions().get(0)));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreHandled() {
        ImportedQuestions result = CsvReader.read("\uFEFFQ1,A1\r\nQ2,\"x\r\ny\"\r\nQ3,\r\n");
        assertEquals(List.of(new LineMessage(4, "the back is empty")), result.errors());
        assertEquals("Q1", result.questions().get(0).prompt());
        assertEquals("x\ny", back(result.questions().get(1)));
    }

    @Test
    void unknownOrBadHeadersAreErrorsNamingTheirLine() {
        ImportedQuestions result = CsvReader.read("""
                # vim: noet (a comment, ignored)
                #separator:comma
                #colour:red
                #html:maybe
                #notetype:Basic
                Q,A
                """);
        assertEquals(List.of(3, 4), result.errors().stream().map(LineMessage::line).toList());
        assertTrue(result.errors().get(0).message().startsWith("unknown header #colour:"));
        assertEquals("#html: must be true or false, not \"maybe\"", result.errors().get(1).message());
    }

    @Test
    void columnsWithoutAFrontAreAnErrorOnTheColumnsLine() {
        ImportedQuestions result = CsvReader.read("#separator:comma\n#columns:Back,Colour\nx,y\n");
        assertEquals(List.of(2, 2), result.errors().stream().map(LineMessage::line).toList());
        assertTrue(result.errors().get(0).message().startsWith("unknown column \"Colour\""));
        assertTrue(result.errors().get(1).message().startsWith("no column holds the front"));
    }

    @Test
    void idsFromTheGuidColumnAreKeptCheckedAndNeverReused() {
        ImportedQuestions result = CsvReader.read("""
                #separator:comma
                #guid column:1
                ,khad,made up id
                khad,KHAD,secret police
                khad,KHAD,twice
                Bad Id!,x,y
                """);
        // Anki's own guids are not slugs: they get an id derived from the guid, the same on every import.
        String ankiId = CsvCards.ankiId("Bad Id!");
        assertTrue(ankiId.matches("anki-[0-9a-f]{12}"), ankiId);
        assertEquals(List.of("khad-2", "khad", ankiId), result.questions().stream().map(QuestionSpec::id).toList());
        assertEquals(List.of(new LineMessage(5, "id: the id \"khad\" is already used on line 4")), result.errors());
    }

    @Test
    void aFileWithNoRecordsImportsNothing() {
        ImportedQuestions result = CsvReader.read("#separator:tab\n\n");
        assertTrue(result.isValid());
        assertEquals(List.of(), result.questions());
    }

    private static String back(QuestionSpec q) {
        return ((Body.Card) q.body()).back();
    }

    private static QuestionSpec card(String id, String topic, String front, String back, String explanation, List<String> tags) {
        return new QuestionSpec(id, topic, front, new Body.Card(back), explanation, null, null, tags);
    }
}
