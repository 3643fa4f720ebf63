package org.tarikh.bank.transfer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.FieldError;
import org.tarikh.bank.format.LineMessage;
import org.tarikh.bank.format.QuestionMaps;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.bank.format.ValidationResult;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Moodle XML ({@code <quiz><question type="...">}): multichoice (single and multiple, fractions),
 * truefalse, shortanswer (fractions; case-sensitive matching is noted), numerical (tolerance, several answers,
 * the unit of multiplier 1), matching (with extra answers), multianswer (cloze) when its blanks are short
 * answers, categories as topics, tags, idnumber, general and per-answer feedback. HTML text becomes plain
 * text, with a note. Other types are skipped with their line. Each question meets {@link QuestionValidator}.
 */
public final class MoodleXmlReader {

    private final List<QuestionSpec> questions = new ArrayList<>();
    private final List<LineMessage> errors = new ArrayList<>();
    private final List<LineMessage> skipped = new ArrayList<>();
    private final List<LineMessage> notes = new ArrayList<>();
    private final QuestionIds ids = new QuestionIds();

    private MoodleXmlReader() {
    }

    public static ImportedQuestions read(String text) {
        return new MoodleXmlReader().readAll(text);
    }

    private ImportedQuestions readAll(String text) {
        Document doc;
        try {
            doc = MoodleXml.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (GiftSyntaxError e) {
            return new ImportedQuestions(List.of(), List.of(e.toLineMessage()), List.of());
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("quiz")) {
            return new ImportedQuestions(List.of(), List.of(new LineMessage(1,
                    "a Moodle XML file is a <quiz> of <question> elements, not <" + root.getTagName() + ">")), List.of());
        }
        List<Integer> lines = MoodleXml.questionLines(text);
        List<Element> all = MoodleXml.children(root, "question");
        List<MoodleXmlQuestion> read = new ArrayList<>();
        String topic = GiftBlocks.DEFAULT_TOPIC;
        for (int i = 0; i < all.size(); i++) {
            int line = i < lines.size() ? lines.get(i) : 1;
            Element q = all.get(i);
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                String path = MoodleXml.value(q, "category");
                topic = path == null ? topic : GiftCategory.topic(path.replaceFirst("^\\$[a-z]+\\$/?", ""));
                continue;
            }
            try {
                MoodleXmlQuestion parsed = MoodleXmlQuestion.read(q, type, line, topic, notes);
                if (parsed.skipped() != null) {
                    skipped.add(new LineMessage(line, parsed.skipped()));
                } else {
                    read.add(parsed);
                }
            } catch (GiftSyntaxError e) {
                errors.add(e.toLineMessage());
            }
        }
        List<String> assigned = assignIds(read);
        for (int i = 0; i < read.size(); i++) {
            validate(read.get(i), assigned.get(i));
        }
        errors.sort(Comparator.comparingInt(LineMessage::line));
        return new ImportedQuestions(questions, errors, skipped, errors.isEmpty() ? notes : List.of());
    }

    /** {@code <idnumber>} first, then names, then prompts: an id never depends on the question's place. */
    private List<String> assignIds(List<MoodleXmlQuestion> read) {
        String[] out = new String[read.size()];
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < read.size(); i++) {
                MoodleXmlQuestion q = read.get(i);
                int rank = q.idnumber() != null ? 0 : q.name() != null ? 1 : 2;
                if (rank == pass) {
                    String named = pass == 0 ? q.idnumber() : pass == 1 ? q.name() : (String) q.map().get("prompt");
                    out[i] = ids.next(named, QuestionIds.fromContent(named));
                    if (pass == 0 && !out[i].equals(named)) {
                        notes.add(new LineMessage(q.line(), "the idnumber \"" + named + "\" became \"" + out[i]
                                + "\" (ids use a-z, 0-9 and '-', up to 48 characters, once per bank)"));
                    }
                }
            }
        }
        return List.of(out);
    }

    private void validate(MoodleXmlQuestion q, String id) {
        Map<String, Object> map = new LinkedHashMap<>(q.map());
        map.put("id", id);
        ValidationResult result = QuestionValidator.validate(map, ValidationContext.open());
        if (result.isValid()) {
            questions.add(result.question());
            return;
        }
        for (FieldError e : result.errors()) {
            boolean named = e.field().isEmpty() || e.message().startsWith(e.field());
            errors.add(new LineMessage(q.line(), named ? e.message() : e.field() + ": " + e.message()));
        }
    }

    /** Tarikh's own notes ride on comments inside a question: {@code <!-- tarikh source: ... -->}. */
    static Map<String, String> tarikhComments(Element q) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node n = q.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Comment c) {
                String s = c.getData().strip();
                if (s.startsWith("tarikh ") && s.indexOf(':') > 0) {
                    String key = s.substring(7, s.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                    String value = URLDecoder.decode(s.substring(s.indexOf(':') + 1).strip(), StandardCharsets.UTF_8);
                    out.put(key, value);
                }
            }
        }
        return out;
    }

    static Object sections(String joined) {
        return joined == null ? null : QuestionMaps.source(QuestionMaps.splitSections(joined));
    }

    static String otherwise() {
        return QuestionSpec.OTHERWISE;
    }

    static String numberKey(double answer, double tolerance) {
        return Body.numberKey(answer, tolerance);
    }
}
