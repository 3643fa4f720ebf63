package org.tarikh.bank.transfer;

import java.util.List;

/**
 * One question's lines of a GIFT file, comments and {@code $CATEGORY} lines taken out, with what surrounds it:
 * the category's topic and Tarikh's own {@code // source:}, {@code // tags:} and {@code // difficulty:} comments.
 *
 * @param text       the question's lines joined with '\n'
 * @param lines      the file line (from 1) of each line of {@code text}
 * @param difficulty as written, checked by the validator; null when absent
 */
record GiftBlock(String text, List<Integer> lines, String topic, String section, List<String> tags, String difficulty) {

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
