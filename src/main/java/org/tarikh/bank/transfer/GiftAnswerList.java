package org.tarikh.bank.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of an answer block, split at each unescaped '=' or '~', and the text before the first of them
 * ({@code lead}: "T" in {@code {T}}, otherwise normally empty).
 */
record GiftAnswerList(String lead, int leadOffset, List<GiftAnswer> answers, List<String> leadFeedback) {

    static GiftAnswerList split(GiftBlock block, int from, int to) {
        String text = block.text();
        List<Integer> marks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                marks.add(i);
            }
        }
        int leadEnd = marks.isEmpty() ? to : marks.get(0);
        List<GiftAnswer> answers = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            int end = m + 1 < marks.size() ? marks.get(m + 1) : to;
            answers.add(answer(block, marks.get(m), end));
        }
        return new GiftAnswerList(withoutFeedback(text, from, leadEnd), firstNonSpace(text, from, leadEnd), answers,
                feedbacks(text, from, leadEnd));
    }

    private static GiftAnswer answer(GiftBlock block, int mark, int end) {
        String text = block.text();
        int start = firstNonSpace(text, mark + 1, end);
        Double weight = null;
        if (start < end && text.charAt(start) == '%') {
            int close = text.indexOf('%', start + 1);
            if (close >= 0 && close < end) {
                weight = weight(block, text.substring(start + 1, close), start);
                start = close + 1;
            }
        }
        int hash = GiftEscapes.indexOf(text, "#", start, end);
        String feedback = hash < 0 ? null : GiftEscapes.clean(text.substring(hash + 1, end));
        return new GiftAnswer(text.charAt(mark), weight, withoutFeedback(text, start, end), mark,
                feedback == null || feedback.isEmpty() ? null : feedback);
    }

    private static Double weight(GiftBlock block, String percent, int offset) {
        BigDecimal value = GiftNumbers.parse(block, percent, offset, "the weight %" + percent + "%");
        if (value.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new GiftSyntaxError(block.lineAt(offset), "the weight %" + percent + "% is not a percent from -100 to 100");
        }
        return value.doubleValue();
    }

    /** The {@code #feedback} pieces after the lead ({@code {T#wrong#right}}), in order. */
    private static List<String> feedbacks(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int hash = GiftEscapes.indexOf(text, "#", from, to);
        while (hash >= 0) {
            int next = GiftEscapes.indexOf(text, "#", hash + 1, to);
            out.add(GiftEscapes.clean(text.substring(hash + 1, next < 0 ? to : next)));
            hash = next;
        }
        return out;
    }

    /** The text up to its {@code #feedback}. */
    private static String withoutFeedback(String text, int from, int to) {
        int hash = GiftEscapes.indexOf(text, "#", from, to);
        return text.substring(from, hash < 0 ? to : hash);
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
