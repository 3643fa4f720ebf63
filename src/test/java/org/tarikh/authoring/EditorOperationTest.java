package org.tarikh.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.QuestionType;

/** Each editor operation changes the draft as its button says, and a button past the list's ends changes nothing. */
class EditorOperationTest {

    private static DraftAnswer.Row row(String text) {
        return new DraftAnswer.Row(text, false, "");
    }

    private static QuestionDraft draft(QuestionType type, String... rows) {
        QuestionDraft blank = QuestionDraft.blank(type);
        return blank.withAnswer(blank.answer().withRows(List.of(rows).stream().map(EditorOperationTest::row).toList()));
    }

    private static List<String> texts(QuestionDraft draft) {
        return draft.answer().rows().stream().map(DraftAnswer.Row::text).toList();
    }

    @Test
    void addRowAppendsABlankRowUpToTheTypesLimit() {
        QuestionDraft three = draft(QuestionType.ORDER, "a", "b", "c");
        assertEquals(List.of("a", "b", "c", ""), texts(new EditorOperation.AddRow().applyTo(three)));
        assertEquals(List.of("a", "b", "c"), texts(three), "the draft given is left as it was");

        QuestionDraft eight = draft(QuestionType.SINGLE, "1", "2", "3", "4", "5", "6", "7", "8");
        assertSame(eight, new EditorOperation.AddRow().applyTo(eight));
        QuestionDraft manyAnswers = draft(QuestionType.TEXT, "1", "2", "3", "4", "5", "6", "7", "8");
        assertEquals(9, new EditorOperation.AddRow().applyTo(manyAnswers).answer().rows().size(),
                "a text question accepts more answers than a list has choices");
        QuestionDraft twenty = manyAnswers;
        while (twenty.answer().rows().size() < 20) {
            twenty = new EditorOperation.AddRow().applyTo(twenty);
        }
        assertSame(twenty, new EditorOperation.AddRow().applyTo(twenty));
    }

    @Test
    void removeRowTakesOutThatRowAndKeepsTheRestInOrder() {
        QuestionDraft draft = draft(QuestionType.SINGLE, "KHAD", "KAM", "Sarandoy", "");
        assertEquals(List.of("KHAD", "KAM", "Sarandoy"), texts(new EditorOperation.RemoveRow(3).applyTo(draft)));
        assertEquals(List.of("KAM", "Sarandoy", ""), texts(new EditorOperation.RemoveRow(0).applyTo(draft)));
        assertSame(draft, new EditorOperation.RemoveRow(4).applyTo(draft));
        assertSame(draft, new EditorOperation.RemoveRow(-1).applyTo(draft));
    }

    @Test
    void movesSwapARowWithItsNeighbourButNotPastTheEnds() {
        QuestionDraft draft = draft(QuestionType.ORDER, "a", "b", "c");
        assertEquals(List.of("b", "a", "c"), texts(new EditorOperation.MoveRowUp(1).applyTo(draft)));
        assertEquals(List.of("a", "c", "b"), texts(new EditorOperation.MoveRowUp(2).applyTo(draft)));
        assertEquals(List.of("b", "a", "c"), texts(new EditorOperation.MoveRowDown(0).applyTo(draft)));
        assertEquals(List.of("a", "c", "b"), texts(new EditorOperation.MoveRowDown(1).applyTo(draft)));
        assertSame(draft, new EditorOperation.MoveRowUp(0).applyTo(draft));
        assertSame(draft, new EditorOperation.MoveRowUp(3).applyTo(draft));
        assertSame(draft, new EditorOperation.MoveRowDown(2).applyTo(draft));
        assertSame(draft, new EditorOperation.MoveRowDown(-1).applyTo(draft));
    }

    @Test
    void aMovedRowKeepsItsMarkAndCredit() {
        QuestionDraft blank = QuestionDraft.blank(QuestionType.SINGLE);
        DraftAnswer.Row right = new DraftAnswer.Row("KHAD", true, "100");
        QuestionDraft draft = blank.withAnswer(blank.answer().withRows(List.of(row("KAM"), right)));
        assertEquals(List.of(right, row("KAM")), new EditorOperation.MoveRowUp(1).applyTo(draft).answer().rows());
    }

    @Test
    void pairsAreAddedUpToEightAndRemovedByIndex() {
        QuestionDraft match = QuestionDraft.blank(QuestionType.MATCH);
        assertEquals(3, match.answer().pairs().size(), "a new match question starts with three pairs");
        QuestionDraft four = new EditorOperation.AddPair().applyTo(match);
        assertEquals(4, four.answer().pairs().size());
        QuestionDraft eight = four;
        for (int i = 0; i < 10; i++) {
            eight = new EditorOperation.AddPair().applyTo(eight);
        }
        assertEquals(8, eight.answer().pairs().size());

        QuestionDraft typed = match.withAnswer(match.answer().withPairs(List.of(new DraftAnswer.PairRow("1978", "Saur"),
                new DraftAnswer.PairRow("1989", "Withdrawal"))));
        assertEquals(List.of(new DraftAnswer.PairRow("1989", "Withdrawal")),
                new EditorOperation.RemovePair(0).applyTo(typed).answer().pairs());
        assertSame(typed, new EditorOperation.RemovePair(2).applyTo(typed));
    }

    @Test
    void changingTypeKeepsWhatWasTypedAndAddsTheRowsTheNewTypeNeeds() {
        QuestionDraft order = draft(QuestionType.ORDER, "a", "b");
        QuestionDraft single = new EditorOperation.ChangeType(QuestionType.SINGLE).applyTo(order);
        assertEquals(QuestionType.SINGLE, single.type());
        assertEquals(List.of("a", "b", "", ""), texts(single));
        assertEquals(order.prompt(), single.prompt());

        QuestionDraft match = new EditorOperation.ChangeType(QuestionType.MATCH).applyTo(single);
        assertEquals(3, match.answer().pairs().size());
        assertEquals(List.of("a", "b", "", ""), texts(match), "the rows stay, should the teacher switch back");

        assertEquals(List.of(""), texts(new EditorOperation.ChangeType(QuestionType.TEXT).applyTo(QuestionDraft.blank(QuestionType.CARD))));
        assertEquals(3, texts(new EditorOperation.ChangeType(QuestionType.ORDER).applyTo(QuestionDraft.blank(QuestionType.CARD))).size());
    }

    @Test
    void anOperationChangesOnlyTheAnswerOrType() {
        QuestionDraft draft = new QuestionDraft(QuestionType.ORDER, true, null, "career", "dates", "Put in order",
                "Why", "Introduction", "3", "cause", DraftAnswer.ofRows(List.of(row("a"), row("b"), row("c"))));
        QuestionDraft moved = new EditorOperation.MoveRowDown(0).applyTo(draft);
        assertEquals(draft.withAnswer(moved.answer()), moved);
    }
}
