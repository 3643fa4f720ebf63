package org.tarikh.bank.transfer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numerical answer blocks: {@code {#5}}, {@code {#5:0.5}} (tolerance), {@code {#1..5}} (a range, read as its
 * midpoint and half its span) and {@code {# =1822:0 =%50%1822:2}}, of which the first full-credit answer is kept.
 */
final class GiftNumbers {

    private GiftNumbers() {
    }

    /** The fields of a numeric question from the block after its '#'. */
    static Map<String, Object> read(GiftBlock block, int from, int to) {
        String text = block.text();
        if (GiftEscapes.indexOf(text, "=", from, to) < 0) {
            int hash = GiftEscapes.indexOf(text, "#", from, to);
            return value(block, text.substring(from, hash < 0 ? to : hash), from);
        }
        GiftAnswerList list = GiftAnswerList.split(block, from, to);
        if (!list.lead().isBlank()) {
            throw new GiftSyntaxError(block.lineAt(list.leadOffset()),
                    "unknown answer syntax \"" + list.lead().strip() + "\": write each numerical answer as =number");
        }
        GiftAnswer full = list.answers().stream().filter(a -> a.right() && a.fullCredit()).findFirst()
                .orElseThrow(() -> new GiftSyntaxError(block.lineAt(from), "no numerical answer gets full credit"));
        return value(block, full.raw(), full.offset());
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

    /** A decimal number; {@code what} names it in the error ("the tolerance"). */
    static BigDecimal parse(GiftBlock block, String raw, int offset, String what) {
        String s = raw.strip();
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            String shown = s.isEmpty() ? "nothing" : "\"" + s + "\"";
            throw new GiftSyntaxError(block.lineAt(offset), what + " must be a number, not " + shown);
        }
    }
}
