package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarikh.bank.format.LineMessage;
import org.w3c.dom.Element;

/** One {@code <question>} of a Moodle XML file in the bank-file shape, before it gets its id; or why it is skipped. */
record MoodleXmlQuestion(int line, String name, String idnumber, Map<String, Object> map, String skipped) {

    /** Reads one question; {@code notes} gets what was converted or left out. */
    static MoodleXmlQuestion read(Element q, String type, int line, String topic, List<LineMessage> notes) {
        MoodleXmlText text = new MoodleXmlText(line, notes);
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, String> feedback = new LinkedHashMap<>();
        String skipped = null;
        switch (type) {
            case "multichoice" -> MoodleXmlAnswers.choice(q, text, map, feedback, notes, line);
            case "truefalse" -> MoodleXmlAnswers.trueFalse(q, text, map, feedback);
            case "shortanswer" -> MoodleXmlAnswers.shortAnswer(q, text, map, feedback, notes, line);
            case "numerical" -> MoodleXmlAnswers.numerical(q, text, map, feedback, notes, line);
            case "matching" -> MoodleXmlAnswers.matching(q, text, map);
            case "multianswer" -> skipped = MoodleXmlCloze.read(q, text, map, notes, line);
            case "description" -> skipped = "a description is not a question in Tarikh; skipped";
            case "essay" -> skipped = "an essay question has no automatic grading in Tarikh; skipped";
            default -> skipped = "Tarikh has no \"" + type + "\" question; skipped";
        }
        if (skipped != null) {
            return new MoodleXmlQuestion(line, null, null, null, skipped);
        }
        Map<String, String> tarikh = MoodleXmlReader.tarikhComments(q);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", map.remove("type"));
        out.put("topic", topic);
        if (!"cloze".equals(out.get("type"))) {
            out.put("prompt", text.of(MoodleXml.child(q, "questiontext")));
        } else {
            out.put("prompt", tarikh.getOrDefault("prompt", MoodleXmlCloze.PROMPT));
        }
        out.putAll(map);
        String explanation = text.of(MoodleXml.child(q, "generalfeedback"));
        out.put("explanation", explanation == null || explanation.isBlank() ? null : explanation);
        out.put("tags", tags(q));
        out.put("source", MoodleXmlReader.sections(tarikh.get("source")));
        out.put("difficulty", difficulty(tarikh.get("difficulty")));
        if (!feedback.isEmpty()) {
            out.put("feedback", feedback);
        }
        out.values().removeIf(v -> v == null);
        String name = MoodleXml.value(q, "name");
        String idnumber = MoodleXml.value(q, "idnumber");
        return new MoodleXmlQuestion(line, blankToNull(name), blankToNull(idnumber), out, null);
    }

    private static List<String> tags(Element q) {
        Element tags = MoodleXml.child(q, "tags");
        if (tags == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Element tag : MoodleXml.children(tags, "tag")) {
            String t = MoodleXml.value(tag, "text");
            t = t == null ? tag.getTextContent() : t;
            if (t != null && !t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Object difficulty(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
