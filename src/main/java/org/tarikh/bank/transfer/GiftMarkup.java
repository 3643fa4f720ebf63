package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GIFT's {@code [html]} and {@code [markdown]} question texts as plain text, since Tarikh shows questions as
 * text: tags dropped (paragraphs and line breaks kept as line breaks), entities decoded, Markdown's emphasis
 * marks removed. The format applies to the whole question (prompt, answers, feedback), as in Moodle.
 */
final class GiftMarkup {

    /** {@code **strong**} and {@code *emphasis*}; underscores are left alone, since "_____" marks a missing word. */
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(?!\\s)(.+?)(?<!\\s)\\*\\*|(?<![\\w*])\\*(?![\\s*])(.+?)(?<![\\s*])\\*(?![\\w*])");

    private GiftMarkup() {
    }

    /** {@code parsed} with its texts in plain text; a note says so when anything changed. */
    static GiftParsed toPlain(GiftParsed parsed, String format) {
        boolean html = format.equals("html");
        if (!html && !format.equals("markdown")) {
            return parsed;
        }
        boolean[] changed = {false};
        java.util.function.UnaryOperator<String> plain = s -> {
            String out = html ? (CsvHtml.isMarkup(s) ? CsvHtml.toText(s) : s) : markdown(s);
            changed[0] |= !out.equals(s);
            return out;
        };
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) walk(parsed.fields(), plain);
        GiftParsed out = new GiftParsed(parsed.block(), parsed.title(), plain.apply(parsed.prompt()), fields,
                parsed.explanation() == null ? null : plain.apply(parsed.explanation()), null);
        if (changed[0]) {
            parsed.block().note(0, html ? "the question is written in HTML: it was converted to plain text (formatting, "
                    + "images and links dropped; paragraphs and line breaks kept)"
                    : "the question is written in Markdown: its emphasis marks were removed (plain text)");
        }
        return out;
    }

    static String markdown(String text) {
        return EMPHASIS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : m.group(2)));
    }

    private static Object walk(Object value, java.util.function.UnaryOperator<String> plain) {
        if (value instanceof String s) {
            return plain.apply(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(walk(v, plain)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(walk(k, plain), walk(v, plain)));
            return out;
        }
        return value;
    }
}
