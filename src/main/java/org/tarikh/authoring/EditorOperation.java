package org.tarikh.authoring;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.bank.content.QuestionType;

/**
 * What one of the editor's buttons does to the draft, read once from the button's value by
 * {@link EditorOperationParser}. Each operation applies itself, so a new one cannot be added without saying what it
 * does (on JDK 21 a pattern switch over the records would read as well; Java 17 has none). An index past the end
 * of the list, or a move past its ends, changes nothing: the button for it is disabled or absent.
 */
sealed interface EditorOperation permits EditorOperation.AddRow, EditorOperation.RemoveRow, EditorOperation.MoveRowUp,
        EditorOperation.MoveRowDown, EditorOperation.AddPair, EditorOperation.RemovePair, EditorOperation.ChangeType {

    /** The draft after the operation; the draft given is not changed. */
    QuestionDraft applyTo(QuestionDraft draft);

    /** A blank row at the end, up to the type's limit. */
    record AddRow() implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            List<DraftAnswer.Row> rows = draft.answer().rows();
            return rows.size() < draft.maxRows() ? withRows(draft, added(rows, DraftAnswer.Row.blank())) : draft;
        }
    }

    record RemoveRow(int index) implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            List<DraftAnswer.Row> rows = draft.answer().rows();
            return within(index, rows) ? withRows(draft, removed(rows, index)) : draft;
        }
    }

    /** Swaps row {@code index} with the one above it (an order question's items). */
    record MoveRowUp(int index) implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            List<DraftAnswer.Row> rows = draft.answer().rows();
            return index > 0 && within(index, rows) ? withRows(draft, swapped(rows, index - 1)) : draft;
        }
    }

    /** Swaps row {@code index} with the one below it. */
    record MoveRowDown(int index) implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            List<DraftAnswer.Row> rows = draft.answer().rows();
            return within(index, rows) && within(index + 1, rows) ? withRows(draft, swapped(rows, index)) : draft;
        }
    }

    /** A blank match pair at the end, up to the limit. */
    record AddPair() implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            List<DraftAnswer.PairRow> pairs = draft.answer().pairs();
            return pairs.size() < DraftAnswer.MAX_PAIRS ? withPairs(draft, added(pairs, DraftAnswer.PairRow.blank())) : draft;
        }
    }

    record RemovePair(int index) implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            List<DraftAnswer.PairRow> pairs = draft.answer().pairs();
            return within(index, pairs) ? withPairs(draft, removed(pairs, index)) : draft;
        }
    }

    /** Switches a new question to another type, keeping what was typed. */
    record ChangeType(QuestionType type) implements EditorOperation {
        @Override
        public QuestionDraft applyTo(QuestionDraft draft) {
            return draft.withType(type);
        }
    }

    private static QuestionDraft withRows(QuestionDraft draft, List<DraftAnswer.Row> rows) {
        return draft.withAnswer(draft.answer().withRows(rows));
    }

    private static QuestionDraft withPairs(QuestionDraft draft, List<DraftAnswer.PairRow> pairs) {
        return draft.withAnswer(draft.answer().withPairs(pairs));
    }

    private static boolean within(int index, List<?> list) {
        return index >= 0 && index < list.size();
    }

    private static <T> List<T> added(List<T> list, T item) {
        List<T> changed = new ArrayList<>(list);
        changed.add(item);
        return changed;
    }

    private static <T> List<T> removed(List<T> list, int index) {
        List<T> changed = new ArrayList<>(list);
        changed.remove(index);
        return changed;
    }

    /** The list with items {@code first} and {@code first + 1} swapped. */
    private static <T> List<T> swapped(List<T> list, int first) {
        List<T> changed = new ArrayList<>(list);
        changed.add(first, changed.remove(first + 1));
        return changed;
    }
}
