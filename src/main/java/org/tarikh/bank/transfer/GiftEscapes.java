package org.tarikh.bank.transfer;

import java.util.regex.Pattern;

/**
 * GIFT's backslash escapes ({@code \~ \= \# \{ \} \:}, {@code \\} and {@code \n}) and searches that skip escaped
 * characters, so that {@code \{} is never taken for the start of an answer block.
 */
final class GiftEscapes {

    private static final String SPECIAL = "~=#{}:";
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|markdown|plain)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");

    private GiftEscapes() {
    }

    /** The first unescaped {@code token} in {@code text[from, to)}, or -1. */
    static int indexOf(String text, String token, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(token, i) && i + token.length() <= to) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(String text, String token, int from) {
        return indexOf(text, token, from, text.length());
    }

    /** The text as written in the file, turned into what it says: escapes resolved. */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
            if (c == '\\' && next != 0 && (next == '\\' || SPECIAL.indexOf(next) >= 0 || next == '%' || next == '>')) {
                out.append(next);
                i++;
            } else if (c == '\\' && next == 'n') {
                out.append('\n');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A piece of question text as Tarikh keeps it: the file's own line breaks become spaces (authors wrap long
     * lines; a wanted line break is written {@code \n}), a leading {@code [html]}-style format tag is dropped,
     * surrounding space is trimmed and escapes are resolved.
     */
    static String clean(String raw) {
        String flat = LINE_BREAK.matcher(raw).replaceAll(" ").strip();
        return unescape(FORMAT.matcher(flat).replaceFirst("").strip());
    }

    /** The format tag a question text starts with ("html", "markdown", "moodle", "plain"), lower case; null when none. */
    static String format(String raw) {
        java.util.regex.Matcher m = FORMAT.matcher(raw.strip());
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /**
     * The text escaped so that a GIFT reader gives it back unchanged; a text starting with a format tag such as
     * "[html]" gets "[plain]" before it, so that the tag stays text.
     */
    static String escape(String text) {
        return escape(text, false);
    }

    /**
     * An answer escaped: also "->" as "-\\>" so that a text answer is not read as a matching pair, and a leading
     * '%' as "\\%" so that it is not read as a weight.
     */
    static String escapeAnswer(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean answer) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        if (FORMAT.matcher(text.strip()).find()) {
            out.append("[plain]");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (answer && ((c == '%' && i == 0) || (c == '>' && i > 0 && text.charAt(i - 1) == '-'))) {
                out.append('\\').append(c);
            } else if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
