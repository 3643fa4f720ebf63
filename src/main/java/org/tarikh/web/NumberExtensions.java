package org.tarikh.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number formatting for templates: {@code {score.percentOf(max)}}, {@code {score.format(1)}}. */
@TemplateExtension
public final class NumberExtensions {

    private NumberExtensions() {
    }

    /** The value as a whole percentage of {@code max}. */
    static long percentOf(Double value, int max) {
        return value == null || max == 0 ? 0 : Math.round(100 * value / max);
    }

    /**
     * A count with thousands separators: 100000 as "100,000". Written out by hand: {@code String.format} parses its
     * pattern on every call (7 % of the samples in a profile of the study home page, docs/PERFORMANCE.md).
     */
    static String grouped(Number value) {
        if (value == null) {
            return "";
        }
        String number = Long.toString(value.longValue());
        int start = number.startsWith("-") ? 1 : 0;
        int digits = number.length() - start;
        StringBuilder out = new StringBuilder(number.length() + digits / 3);
        out.append(number, 0, start);
        int first = digits % 3 == 0 ? 3 : digits % 3;
        out.append(number, start, start + first);
        for (int i = start + first; i < number.length(); i += 3) {
            out.append(',').append(number, i, i + 3);
        }
        return out.toString();
    }

    /** The value with at most {@code decimals} decimals, trailing zeros dropped. */
    static String format(Double value, int decimals) {
        if (value == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
