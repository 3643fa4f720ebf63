package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.format.LineMessage;
import org.w3c.dom.Element;

/**
 * Moodle's embedded answers (multianswer, "cloze"): {@code {1:SHORTANSWER:=Geneva~=Genf}} in the question text.
 * Short-answer and numerical blanks map to Tarikh's cloze blanks (the full-credit answers are the alternatives);
 * a blank with choices (MULTICHOICE, ...) has no Tarikh form, so the question is skipped. Partial credit and
 * feedback inside blanks are noted and dropped: a Tarikh blank is right or wrong.
 */
final class MoodleXmlCloze {

    static final String PROMPT = "Fill in the blanks.";
    private static final Pattern BLANK = Pattern.compile("\\{(\\d*):([A-Za-z_]+):((?:\\\\.|[^\\\\}])*)}");
    private static final List<String> TEXT_TYPES = List.of("SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC",
            "NUMERICAL", "NM");

    private MoodleXmlCloze() {
    }

    /** Fills {@code map}; returns why the question is skipped, or null. */
    static String read(Element q, MoodleXmlText text, Map<String, Object> map, List<LineMessage> notes, int line) {
        String body = text.of(MoodleXml.child(q, "questiontext"));
        if (body == null) {
            return "a cloze question without text; skipped";
        }
        Matcher m = BLANK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String type = m.group(2).toUpperCase(java.util.Locale.ROOT);
            if (!TEXT_TYPES.contains(type)) {
                return "a cloze question with a " + type + " blank (a choice inside the text) has no Tarikh form; skipped";
            }
            List<String> accepted = new ArrayList<>();
            for (String answer : split(m.group(3))) {
                int hash = indexOfUnescaped(answer, '#');
                String value = hash < 0 ? answer : answer.substring(0, hash);
                if (hash >= 0) {
                    notes.add(new LineMessage(line, "the feedback of a blank's answer is not kept in a cloze question"));
                }
                boolean full = value.startsWith("=") || value.startsWith("%100%");
                String plain = unescape(value.replaceFirst("^(=|%-?[0-9.]+%)", "")).strip();
                if (type.equals("NUMERICAL") || type.equals("NM")) {
                    int colon = plain.indexOf(':');
                    if (colon >= 0 && !plain.substring(colon + 1).strip().matches("0*\\.?0*")) {
                        notes.add(new LineMessage(line, "the tolerance of the number " + plain + " is not kept: the blank "
                                + "accepts the number as written"));
                    }
                    plain = colon < 0 ? plain : plain.substring(0, colon).strip();
                }
                if (full && !plain.isEmpty()) {
                    accepted.add(plain.replace("|", "/"));
                } else if (!full && !plain.isEmpty()) {
                    notes.add(new LineMessage(line, "the partly right answer \"" + plain
                            + "\" of a blank is left out: a Tarikh blank is right or wrong"));
                }
            }
            if (accepted.isEmpty()) {
                return "a cloze question with a blank that no answer fills with full credit; skipped";
            }
            m.appendReplacement(out, Matcher.quoteReplacement("{{" + String.join("|", accepted) + "}}"));
        }
        m.appendTail(out);
        map.put("type", "cloze");
        map.put("text", out.toString());
        return null;
    }

    /** The answers of a blank, split at each unescaped '~'. */
    private static List<String> split(String answers) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < answers.length(); i++) {
            if (answers.charAt(i) == '\\') {
                i++;
            } else if (answers.charAt(i) == '~') {
                out.add(answers.substring(start, i));
                start = i + 1;
            }
        }
        out.add(answers.substring(start));
        return out;
    }

    private static int indexOfUnescaped(String s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    /** An answer as written inside a blank: the characters the syntax uses, escaped. */
    static String escape(String s) {
        return s.replaceAll("([\\\\}~#/\"])", "\\\\$1");
    }
}
