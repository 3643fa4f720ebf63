package org.tarikh.bank.transfer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.format.LineMessage;

/**
 * Images ({@code <img src="map.jpg">}) and sounds ({@code [sound:voice.mp3]}) in an Anki field: Tarikh holds
 * text only, so they are taken out and each is noted; a field that held nothing else says what it held.
 */
final class AnkiMedia {

    private static final Pattern MEDIA = Pattern.compile(
            "(?i)<img\\b[^>]*?src\\s*=\\s*[\"']?([^\"'\\s>]+)[^>]*>|\\[sound:([^\\]]*)]");

    private AnkiMedia() {
    }

    static String without(String field, int line, String name, List<LineMessage> notes) {
        Matcher m = MEDIA.matcher(field);
        if (!m.find()) {
            return field;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder left = new StringBuilder();
        m.reset();
        while (m.find()) {
            boolean image = m.group(1) != null;
            String file = image ? m.group(1) : m.group(2);
            notes.add(new LineMessage(line, "the " + name + "'s " + (image ? "image" : "sound") + " \"" + file
                    + "\" is left out: Tarikh holds text only"));
            left.append(left.isEmpty() ? "" : ", ").append(file);
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        String text = out.toString();
        return text.replaceAll("<[^>]*>|&nbsp;|\\s", "").isEmpty() ? "(not imported: " + left + ")" : text;
    }
}
