package org.tarikh.bank.transfer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.bank.format.LineMessage;

/**
 * Anki's Cloze notes: {@code {{c1::Geneva Accords}}} and {@code {{c2::1988::a year}}} (with a hint) in the
 * Text field, the Back Extra field after it. They become one cloze question whose blanks are the deletions;
 * hints are dropped (noted) and the Back Extra becomes the explanation.
 */
final class AnkiCloze {

    private static final Pattern DELETION = Pattern.compile("\\{\\{c\\d+::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);
    static final String PROMPT = "Fill in the blanks.";

    private AnkiCloze() {
    }

    static boolean isCloze(String text) {
        return DELETION.matcher(text).find();
    }

    /** Turns a card's fields (front = Anki's Text, back = Back Extra) into a cloze question's. */
    static void toCloze(Map<String, Object> card, int line, List<LineMessage> notes) {
        String front = (String) card.remove("front");
        String back = (String) card.remove("back");
        Matcher m = DELETION.matcher(front);
        StringBuilder text = new StringBuilder();
        boolean hints = false;
        while (m.find()) {
            hints |= m.group(2) != null && !m.group(2).isBlank();
            m.appendReplacement(text, Matcher.quoteReplacement("{{" + m.group(1).replace("|", "/").strip() + "}}"));
        }
        m.appendTail(text);
        card.put("type", "cloze");
        card.put("prompt", PROMPT);
        card.put("text", text.toString());
        if (back != null && !back.isBlank()) {
            Object explanation = card.get("explanation");
            card.put("explanation", explanation == null ? back : back + "\n" + explanation);
        }
        notes.add(new LineMessage(line, "an Anki Cloze note: imported as a cloze question, one blank per deletion"
                + (hints ? " (its hints are dropped)" : "")));
    }
}
