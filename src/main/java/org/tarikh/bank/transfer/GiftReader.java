package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.FieldError;
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
        return new ImportedQuestions(questions, errors, skipped);
    }

    /** Titled questions choose first, so an untitled one never takes the id a later title asks for. */
    private static List<String> ids(List<GiftParsed> parsed) {
        QuestionIds ids = new QuestionIds();
        String[] out = new String[parsed.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < parsed.size(); i++) {
                GiftParsed p = parsed.get(i);
                if ((p.title() != null) == (pass == 0)) {
                    out[i] = ids.next(pass == 0 ? p.title() : p.prompt(), "q" + p.line());
                }
            }
        }
        return List.of(out);
    }

    private void validate(GiftParsed p, String id) {
        ValidationResult result = QuestionValidator.validate(map(p, id), ValidationContext.open());
        if (result.isValid()) {
            questions.add(result.question());
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
