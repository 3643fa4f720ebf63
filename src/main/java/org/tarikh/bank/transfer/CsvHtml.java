package org.tarikh.bank.transfer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a field written as HTML (Anki's {@code #html:true}, GIFT's {@code [html]}) into plain text: line breaks kept, tags dropped, entities decoded. */
final class CsvHtml {

    /** Whether the text holds anything HTML would change: a tag or an entity. */
    static boolean isMarkup(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
    }

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6])\\s*>");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile("[ \t]*\n[ \t]*");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private CsvHtml() {
    }

    static String toText(String html) {
        String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return BLANK_LINES.matcher(SPACE_AROUND_BREAK.matcher(out).replaceAll("\n")).replaceAll("\n\n").strip();
    }

    private static String decode(String entity, String asWritten) {
        if (!entity.startsWith("#")) {
            return NAMED.getOrDefault(entity.toLowerCase(Locale.ROOT), asWritten);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int code = Integer.parseInt(hex ? entity.substring(2) : entity.substring(1), hex ? 16 : 10);
        // A control character (&#0; is NUL) has no place in a question and PostgreSQL refuses NUL outright.
        boolean control = code < 0x20 && code != '\t' && code != '\n' || code >= 0x7F && code < 0xA0;
        return Character.isValidCodePoint(code) && !control ? new String(Character.toChars(code)) : asWritten;
    }
}
