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

    /** A count with thousands separators: 100000 as "100,000". */
    static String grouped(Number value) {
        return value == null ? "" : String.format(Locale.ENGLISH, "%,d", value.longValue());
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
