package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.FieldError;
import org.tarikh.bank.format.LineMessage;
import org.tarikh.bank.format.QuestionMaps;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.bank.format.ValidationResult;

/**
 * Reads Moodle's GIFT text format (docs.moodle.org, "GIFT format"): true/false, multiple choice with partial
 * credit, multiple answers, short answer, matching, numerical and missing-word questions. {@code $CATEGORY}
 * sets the topic (its last segment), the title gives the id, {@code ####} feedback the explanation, and
 * Tarikh's own {@code // source:}, {@code // tags:} and {@code // difficulty:} comments the rest. Each question
 * goes through {@link QuestionValidator} with the open (teacher) rules. Essays and descriptions are skipped.
 */
public final class GiftReader {

    private final List<QuestionSpec> questions = new ArrayList<>();
    private final List<LineMessage> errors = new ArrayList<>();
    private final List<LineMessage> skipped = new ArrayList<>();

    private GiftReader() {
    }

    /** Every question, error and skipped block of a whole GIFT file. */
    public static ImportedQuestions read(String text) {
        return new GiftReader().readAll(text);
    }

    private final List<LineMessage> notes = new ArrayList<>();

    private ImportedQuestions readAll(String text) {
        List<GiftParsed> parsed = new ArrayList<>();
        for (GiftBlock block : GiftBlocks.split(text)) {
            try {
                GiftParsed p = GiftQuestionParser.parse(block);
                if (p.skipped() != null) {
                    skipped.add(new LineMessage(p.line(), p.skipped()));
                } else {
                    parsed.add(p);
                }
            } catch (GiftSyntaxError e) {
                errors.add(e.toLineMessage());
            }
        }
        List<String> ids = ids(parsed);
        for (int i = 0; i < parsed.size(); i++) {
            validate(parsed.get(i), ids.get(i));
        }
        errors.sort(Comparator.comparingInt(LineMessage::line));
        return new ImportedQuestions(questions, errors, skipped, notes);
    }

    /**
     * Moodle's {@code [id:]} choose first, then titles, then the rest, so that a question never takes the id a later
     * one asks for. An id never depends on the question's place in the file: re-importing the file with a line added
     * on top updates the same questions.
     */
    private static List<String> ids(List<GiftParsed> parsed) {
        QuestionIds ids = new QuestionIds();
        String[] out = new String[parsed.size()];
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < parsed.size(); i++) {
                GiftParsed p = parsed.get(i);
                int rank = p.block().id() != null ? 0 : p.title() != null ? 1 : 2;
                if (rank == pass) {
                    String named = pass == 0 ? p.block().id() : pass == 1 ? p.title() : p.prompt();
                    out[i] = ids.next(named, QuestionIds.fromContent(named));
                    if (pass == 0 && !out[i].equals(named)) {
                        p.block().note(0, "the id \"" + shorten(named) + "\" became \"" + out[i]
                                + "\" (ids use a-z, 0-9 and '-', up to 48 characters, once per bank)");
                    }
                }
            }
        }
        return List.of(out);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private void validate(GiftParsed p, String id) {
        ValidationResult result = QuestionValidator.validate(map(p, id), ValidationContext.open());
        if (result.isValid()) {
            questions.add(result.question());
            notes.addAll(p.block().notes());
            return;
        }
        for (FieldError e : result.errors()) {
            boolean named = e.field().isEmpty() || e.message().startsWith(e.field());
            errors.add(new LineMessage(p.line(), named ? e.message() : e.field() + ": " + e.message()));
        }
    }

    /** The question in the bank-file shape, so that the validator keeps every rule in one place. */
    private static Map<String, Object> map(GiftParsed p, String id) {
        GiftBlock block = p.block();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("type", p.fields().get("type"));
        map.put("topic", block.topic());
        map.put("prompt", p.prompt());
        map.putAll(p.fields());
        map.put("explanation", p.explanation());
        map.put("difficulty", difficulty(block.difficulty()));
        map.put("tags", block.tags());
        map.put("source", QuestionMaps.source(QuestionMaps.splitSections(block.section())));
        if ("numeric".equals(map.get("type")) && block.unit() != null) {
            map.put("unit", block.unit());
        }
        if ("card".equals(block.type()) && "text".equals(map.get("type"))
                && map.get("accept") instanceof List<?> accept && accept.size() == 1 && !map.containsKey("weights")) {
            map.put("type", "card");
            map.put("front", map.remove("prompt"));
            map.put("back", map.remove("accept") instanceof List<?> l ? l.get(0) : null);
        }
        map.values().removeIf(v -> v == null);
        return map;
    }

    /** A whole number as such; anything else as written, for the validator to name. */
    private static Object difficulty(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
