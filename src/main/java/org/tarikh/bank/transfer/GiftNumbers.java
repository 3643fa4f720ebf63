package org.tarikh.bank.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Numerical answer blocks: {@code {#5}}, {@code {#5:0.5}} (tolerance), {@code {#1..5}} (a range, read as its
 * midpoint and half its span) and {@code {# =1822:0 =%50%1822:2}}, whose first full-credit answer is the answer
 * and whose others give partial credit.
 */
final class GiftNumbers {

    /** Characters in one number: far beyond any answer or tolerance a question needs. */
    static final int MAX_NUMBER = 40;

    private GiftNumbers() {
    }

    /**
     * The fields of a numeric question from the block after its '#'. The first full-credit answer is the answer;
     * other answers with a positive weight become {@code partial} bands; {@code ~} answers (Moodle's wrong answers,
     * there for their feedback) score 0 anyway and are noted.
     */
    static Map<String, Object> read(GiftBlock block, int from, int to) {
        String text = block.text();
        if (GiftEscapes.indexOf(text, "=", from, to) < 0) {
            int tilde = GiftEscapes.indexOf(text, "~", from, to);
            int end = tilde < 0 ? to : tilde;
            int hash = GiftEscapes.indexOf(text, "#", from, end);
            Map<String, Object> fields = value(block, text.substring(from, hash < 0 ? end : hash), from);
            Map<String, String> feedback = new LinkedHashMap<>();
            if (hash >= 0) {
                put(feedback, key(fields), GiftEscapes.clean(text.substring(hash + 1, end)));
            }
            if (tilde >= 0) {
                wrong(block, GiftAnswerList.split(block, tilde, to).answers(), feedback);
            }
            return withFeedback(fields, feedback);
        }
        GiftAnswerList list = GiftAnswerList.split(block, from, to);
        if (!list.lead().isBlank()) {
            throw new GiftSyntaxError(block.lineAt(list.leadOffset()),
                    "unknown answer syntax \"" + list.lead().strip() + "\": write each numerical answer as =number");
        }
        GiftAnswer full = list.answers().stream().filter(a -> a.right() && a.fullCredit()).findFirst()
                .orElseThrow(() -> new GiftSyntaxError(block.lineAt(from), "no numerical answer gets full credit"));
        Map<String, Object> fields = value(block, full.raw(), full.offset());
        Map<String, String> feedback = new LinkedHashMap<>();
        put(feedback, key(fields), full.feedback());
        List<Map<String, Object>> partial = new ArrayList<>();
        for (GiftAnswer a : list.answers()) {
            if (a == full) {
                continue;
            }
            if (!a.right()) {
                wrong(block, List.of(a), feedback);
                continue;
            }
            Map<String, Object> band = value(block, a.raw(), a.offset());
            band.remove("type");
            band.put("weight", a.weight() == null ? 100.0 : a.weight());
            if (a.weight() != null && a.weight() <= 0) {
                block.note(a.offset(), "the answer " + a.raw().strip() + " with " + plain(a.weight())
                        + "% is left out: a number that is not accepted scores 0");
            } else {
                partial.add(band);
                put(feedback, key(band), a.feedback());
            }
        }
        if (!partial.isEmpty()) {
            fields.put("partial", partial);
        }
        return withFeedback(fields, feedback);
    }

    /**
     * Moodle's {@code ~#feedback} (no number) is the feedback for any number not accepted; a wrong answer with a
     * number changes nothing (every number not accepted scores 0), so it is noted with its feedback.
     */
    private static void wrong(GiftBlock block, List<GiftAnswer> wrong, Map<String, String> feedback) {
        for (GiftAnswer a : wrong) {
            if (a.raw().isBlank() && a.feedback() != null) {
                feedback.putIfAbsent(QuestionSpec.OTHERWISE, a.feedback());
            } else if (!a.raw().isBlank()) {
                block.note(a.offset(), "the wrong answer \"" + a.raw().strip() + "\"" + (a.feedback() == null ? ""
                        : " and its feedback \"" + a.feedback() + "\"") + " are not kept: any number not accepted scores 0");
            }
        }
    }

    private static String key(Map<String, Object> band) {
        Object tolerance = band.get("tolerance");
        return Body.numberKey((Double) band.get("answer"), tolerance == null ? 0 : (Double) tolerance);
    }

    private static void put(Map<String, String> feedback, String key, String text) {
        if (text != null && !text.isEmpty()) {
            feedback.putIfAbsent(key, text);
        }
    }

    private static Map<String, Object> withFeedback(Map<String, Object> fields, Map<String, String> feedback) {
        if (!feedback.isEmpty()) {
            fields.put("feedback", feedback);
        }
        return fields;
    }

    /** A percent as written without a needless ".0": 50, 33.3. */
    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Map<String, Object> value(GiftBlock block, String raw, int offset) {
        String s = raw.strip();
        BigDecimal answer;
        BigDecimal tolerance;
        int range = s.indexOf("..");
        int colon = s.indexOf(':');
        if (range >= 0) {
            BigDecimal low = parse(block, s.substring(0, range), offset, "the range's start");
            BigDecimal high = parse(block, s.substring(range + 2), offset, "the range's end");
            if (low.compareTo(high) > 0) {
                throw new GiftSyntaxError(block.lineAt(offset), "the range " + s + " starts above its end");
            }
            answer = low.add(high).divide(BigDecimal.valueOf(2));
            tolerance = high.subtract(low).divide(BigDecimal.valueOf(2));
        } else if (colon >= 0) {
            answer = parse(block, s.substring(0, colon), offset, "the answer");
            tolerance = parse(block, s.substring(colon + 1), offset, "the tolerance");
        } else {
            answer = parse(block, s, offset, "the answer");
            tolerance = BigDecimal.ZERO;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "numeric");
        fields.put("answer", answer.doubleValue());
        if (tolerance.signum() != 0) {
            fields.put("tolerance", tolerance.doubleValue());
        }
        return fields;
    }

    /**
     * A decimal number; {@code what} names it in the error ("the tolerance"). Longer ones are refused unread:
     * BigDecimal reads digits in quadratic time (100,000 of them took a sixth of a second).
     */
    static BigDecimal parse(GiftBlock block, String raw, int offset, String what) {
        String s = raw.strip();
        if (s.length() > MAX_NUMBER) {
            throw new GiftSyntaxError(block.lineAt(offset), String.format("%s is %,d characters long; a number here "
                    + "has at most %d", what, s.length(), MAX_NUMBER));
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            String shown = s.isEmpty() ? "nothing" : "\"" + s + "\"";
            throw new GiftSyntaxError(block.lineAt(offset), what + " must be a number, not " + shown);
        }
    }
}
