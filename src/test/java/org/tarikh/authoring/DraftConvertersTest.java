package org.tarikh.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.BankFolderReader;

/** A stored question opened in the editor and saved unchanged is the same question; the posted form reads as typed. */
class DraftConvertersTest {

    @Test
    void everyCuratedQuestionSurvivesTheEditorUnchanged() throws IOException {
        List<QuestionSpec> curated = new BankFolderReader().read(Path.of("questions")).banks().stream()
                .filter(b -> b.bank() != null).flatMap(b -> b.bank().questions().stream()).toList();
        assertFalse(curated.isEmpty(), "no curated questions in questions/");
        List<String> changed = new ArrayList<>();
        for (QuestionSpec q : curated) {
            QuestionSpec saved = EditorKeeps.keep(q, QuestionJson.parse(DraftToMap.of(DraftFromSpec.of(q, 1))));
            if (!saved.equals(q)) {
                changed.add(q.id() + ":\n  stored " + q + "\n  saved  " + saved);
            }
        }
        assertTrue(changed.isEmpty(), changed.size() + " questions changed:\n" + String.join("\n", changed));
    }

    @Test
    void thePostedFormReadsRowByRowWithTheRightOnesMarked() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("type", "multi");
        posted.add("isNew", "false");
        posted.add("baseVersion", "4");
        posted.add("id", " khad ");
        posted.add("topic", "offices");
        posted.add("prompt", "Which did he lead?");
        posted.addAll("row", "KHAD", "KAM", "WAD");
        posted.addAll("weight", "", " 50 ");
        posted.addAll("right", "0", "2");
        QuestionDraft draft = DraftFromForm.read(posted);
        assertEquals(QuestionType.MULTI, draft.type());
        assertFalse(draft.isNew());
        assertEquals(4, draft.baseVersion());
        assertEquals("khad", draft.id());
        assertEquals(List.of(new DraftAnswer.Row("KHAD", true, ""), new DraftAnswer.Row("KAM", false, "50"),
                new DraftAnswer.Row("WAD", true, "")), draft.answer().rows());
        assertEquals("true", draft.answer().truth(), "true/false starts at True");
        assertEquals(Map.of("KAM", 50L), DraftToMap.of(draft).get("weights"));
        assertEquals(List.of("KHAD", "WAD"), DraftToMap.of(draft).get("answers"));
    }

    @Test
    void anEmptyPostIsANewUntouchedSingleChoiceDraft() {
        QuestionDraft draft = DraftFromForm.read(new MultivaluedHashMap<>());
        assertEquals(QuestionType.SINGLE, draft.type());
        assertTrue(draft.isNew());
        assertTrue(draft.untouched());
        assertEquals(null, draft.baseVersion());
    }
}
