package org.tarikh.text;

/**
 * Characters that must not reach storage or a page as typed. PostgreSQL refuses NUL outright, other control
 * characters are invisible garbage, and the bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) let a
 * name display as something else than it is ("Trojan Source"). Tab, newline and carriage return are allowed in
 * text that may span lines.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** The first control character {@code text} may not hold, as a code point, or -1 when there is none. */
    public static int firstControl(String text, boolean multiline) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return c;
            }
        }
        return -1;
    }

    /** The 1-based line of the first control character (other than tab, newline, CR), or -1 when there is none. */
    public static int lineOfControl(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r') {
                return line;
            }
        }
        return -1;
    }

    /** "U+0000", the way a character is named in messages. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code text} without bidi overrides and isolates (null stays null). */
    public static String withoutBidiControls(String text) {
        if (text == null || text.chars().noneMatch(UnsafeText::isBidiControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> !isBidiControl(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }
}
