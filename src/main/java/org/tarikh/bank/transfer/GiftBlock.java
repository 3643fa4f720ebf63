package org.tarikh.bank.transfer;

import java.util.List;
import org.tarikh.bank.format.LineMessage;

/**
 * One question's lines of a GIFT file, comments and {@code $CATEGORY} lines taken out, with what surrounds it:
 * the category's topic and Tarikh's own {@code // source:}, {@code // tags:} and {@code // difficulty:} comments.
 *
 * @param text       the question's lines joined with '\n'
 * @param lines      the file line (from 1) of each line of {@code text}
 * @param difficulty as written, checked by the validator; null when absent
 * @param id         Moodle 4's {@code // [id:...]}, null when absent
 * @param unit       Tarikh's {@code // unit:} for a numeric question, null when absent
 * @param type       Tarikh's {@code // type:} ("card"), null when absent
 * @param notes      filled while the block is read: what was converted or left out (mutable)
 */
record GiftBlock(String text, List<Integer> lines, String topic, String section, List<String> tags, String difficulty,
                 String id, String unit, String type, List<LineMessage> notes) {

    /** Records what reading the block converted or left out, at the line of {@code offset}. */
    void note(int offset, String message) {
        LineMessage note = new LineMessage(lineAt(offset), message);
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    int firstLine() {
        return lines.get(0);
    }

    /** The file line of a position in {@code text}. */
    int lineAt(int offset) {
        int index = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                index++;
            }
        }
        return lines.get(index);
    }
}
