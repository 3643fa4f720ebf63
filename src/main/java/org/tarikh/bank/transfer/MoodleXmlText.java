package org.tarikh.bank.transfer;

import java.util.List;
import org.tarikh.bank.format.LineMessage;
import org.w3c.dom.Element;

/** The text of a Moodle XML text element by its {@code format}: HTML and Markdown become plain text, noted once. */
final class MoodleXmlText {

    private final int line;
    private final List<LineMessage> notes;
    private boolean noted;

    MoodleXmlText(int line, List<LineMessage> notes) {
        this.line = line;
        this.notes = notes;
    }

    /** The plain text of {@code element} (its {@code <text>} child), or null when there is none. */
    String of(Element element) {
        if (element == null) {
            return null;
        }
        Element textChild = MoodleXml.child(element, "text");
        String raw = (textChild == null ? element : textChild).getTextContent();
        return convert(raw, element.getAttribute("format"));
    }

    String convert(String raw, String format) {
        if (raw == null) {
            return null;
        }
        String out = raw;
        if (format.equals("html") && CsvHtml.isMarkup(raw)) {
            out = CsvHtml.toText(raw);
        } else if (format.equals("markdown")) {
            out = GiftMarkup.markdown(raw);
        }
        out = out.strip();
        if (!out.equals(raw.strip()) && !noted) {
            noted = true;
            notes.add(new LineMessage(line, "the question is written in " + (format.equals("html") ? "HTML" : "Markdown")
                    + ": it was converted to plain text (formatting, images and links dropped; line breaks kept)"));
        }
        return out;
    }
}
