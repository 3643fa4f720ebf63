package org.tarikh.authoring;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.bank.content.QuestionType;

/**
 * The answer part of the editor, as typed: the rows hold the choices, items or accepted answers, depending on the
 * type; match questions use the pairs; the other fields each belong to one type. Blank rows and pairs are kept, so
 * that the form shows them again; they are left out only when the draft becomes a question.
 */
public record DraftAnswer(List<Row> rows, List<PairRow> pairs, String truth, String number, String tolerance,
                          String unit, String date, String cloze, String back) {

    /** Rows a list may have: the editor's "Add" stops there (a text question may accept more answers). */
    static final int MAX_ROWS = 8;
    static final int MAX_TEXT_ROWS = 20;
    static final int MAX_PAIRS = 8;

    /** A row of a list: its text, whether it is marked right, and its partial credit in percent (blank: none). */
    public record Row(String text, boolean right, String weight) {

        static Row blank() {
            return new Row("", false, "");
        }
    }

    /** A match pair as typed. */
    public record PairRow(String left, String right) {

        static PairRow blank() {
            return new PairRow("", "");
        }

        boolean isBlank() {
            return left.isBlank() && right.isBlank();
        }
    }

    public DraftAnswer {
        rows = List.copyOf(rows);
        pairs = List.copyOf(pairs);
    }

    /** Nothing typed: no rows, no pairs, "true" for a true/false question. */
    static DraftAnswer empty() {
        return new DraftAnswer(List.of(), List.of(), "true", "", "", "", "", "", "");
    }

    static DraftAnswer ofRows(List<Row> rows) {
        return empty().withRows(rows);
    }

    static DraftAnswer ofPairs(List<PairRow> pairs) {
        return empty().withPairs(pairs);
    }

    static DraftAnswer ofTruth(boolean truth) {
        return new DraftAnswer(List.of(), List.of(), String.valueOf(truth), "", "", "", "", "", "");
    }

    static DraftAnswer ofNumber(String number, String tolerance, String unit) {
        return new DraftAnswer(List.of(), List.of(), "true", number, tolerance, unit, "", "", "");
    }

    static DraftAnswer ofDate(String date) {
        return new DraftAnswer(List.of(), List.of(), "true", "", "", "", date, "", "");
    }

    static DraftAnswer ofCloze(String cloze) {
        return new DraftAnswer(List.of(), List.of(), "true", "", "", "", "", cloze, "");
    }

    static DraftAnswer ofBack(String back) {
        return new DraftAnswer(List.of(), List.of(), "true", "", "", "", "", "", back);
    }

    DraftAnswer withRows(List<Row> changed) {
        return new DraftAnswer(changed, pairs, truth, number, tolerance, unit, date, cloze, back);
    }

    DraftAnswer withPairs(List<PairRow> changed) {
        return new DraftAnswer(rows, changed, truth, number, tolerance, unit, date, cloze, back);
    }

    /** This answer with the blank rows or pairs {@code type} needs at least, so that a new form has fields to type in. */
    DraftAnswer filledFor(QuestionType type) {
        int minRows = switch (type) {
            case SINGLE, MULTI -> 4;
            case ORDER -> 3;
            case TEXT -> 1;
            case TRUEFALSE, NUMERIC, DATE, CLOZE, MATCH, CARD -> 0;
        };
        int minPairs = type == QuestionType.MATCH ? 3 : 0;
        return withRows(padded(rows, minRows, Row.blank())).withPairs(padded(pairs, minPairs, PairRow.blank()));
    }

    /** Nothing typed in any answer field (true/false always has a value, so it does not count). */
    boolean untouched() {
        return number.isBlank() && date.isBlank() && cloze.isBlank() && back.isBlank()
                && rows.stream().allMatch(r -> r.text().isBlank()) && pairs.stream().allMatch(PairRow::isBlank);
    }

    /** The rows with text, in order. */
    List<Row> filledRows() {
        return rows.stream().filter(r -> !r.text().isBlank()).toList();
    }

    private static <T> List<T> padded(List<T> list, int size, T blank) {
        if (list.size() >= size) {
            return list;
        }
        List<T> longer = new ArrayList<>(list);
        while (longer.size() < size) {
            longer.add(blank);
        }
        return longer;
    }
}
