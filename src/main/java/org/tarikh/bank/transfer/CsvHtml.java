package org.tarikh.bank.transfer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a field written as HTML ({@code #html:true}) into plain text: line breaks kept, tags dropped, entities decoded. */
final class CsvHtml {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6])\\s*>");
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
        return out.toString().strip();
    }

    private static String decode(String entity, String asWritten) {
        if (!entity.startsWith("#")) {
            return NAMED.getOrDefault(entity.toLowerCase(Locale.ROOT), asWritten);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int code = Integer.parseInt(hex ? entity.substring(2) : entity.substring(1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : asWritten;
    }
}
