package org.tarikh.bank.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

/** Anki's text exports as Anki means them (issue #14): Cloze notes, the old tags line, images and sounds. */
class AnkiNotesTest {

    @Test
    void aClozeNoteBecomesAClozeQuestionWithOneBlankPerDeletion() {
        ImportedQuestions r = CsvReader.read("#separator:tab\n#html:false\n"
                + "The {{c1::Geneva Accords}} were signed in {{c2::1988::a year}}.\tSigned in April.\n");
        assertEquals(List.of(), r.errors());
        QuestionSpec q = r.questions().get(0);
        assertEquals(new Body.Cloze("The {{Geneva Accords}} were signed in {{1988}}."), q.body());
        assertEquals("Signed in April.", q.explanation());
        assertEquals(3, r.notes().get(0).line());
        assertTrue(r.notes().get(0).message().contains("hints are dropped"), r.notes().toString());
    }

    @Test
    void theOldStyleTagsFirstLineIsRead() {
        ImportedQuestions r = CsvReader.read("tags:history najibullah\nKHAD\tThe secret police\n");
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("history", "najibullah"), r.questions().get(0).tags());
        assertEquals("KHAD", r.questions().get(0).prompt());
    }

    @Test
    void imagesAndSoundsAreTakenOutWithANoteAndAnImageOnlyBackSaysSo() {
        ImportedQuestions r = CsvReader.read("#separator:tab\n#html:true\n"
                + "Kabul [sound:kabul.mp3]\tThe capital <img src=\"kabul.jpg\">\n"
                + "Gardez\t<img src=\"gardez.png\">\n");
        assertEquals(List.of(), r.errors());
        assertEquals("Kabul", r.questions().get(0).prompt());
        assertEquals(new Body.Card("The capital"), r.questions().get(0).body());
        assertEquals(new Body.Card("(not imported: gardez.png)"), r.questions().get(1).body());
        assertEquals(List.of(3, 3, 4), r.notes().stream().map(LineMessage::line).toList());
        assertTrue(r.notes().get(0).message().contains("kabul.mp3"), r.notes().toString());
    }
}
