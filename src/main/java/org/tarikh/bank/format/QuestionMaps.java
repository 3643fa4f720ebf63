package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/** Converts a {@link QuestionSpec} to and from a plain map in exactly the shape of a bank file's question. */
public final class QuestionMaps {

    private static final String SECTION_SEPARATOR = "; ";

    private QuestionMaps() {
    }

    /**
     * The question as in a bank file: id, type, topic, prompt, type fields, explanation, source ({@code section} for
     * one, {@code sections} for several), difficulty, tags; nulls left out.
     */
    public static Map<String, Object> toMap(QuestionSpec q) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", q.id());
        map.put("type", q.type().code());
        map.put("topic", q.topic());
        if (q.type() != QuestionType.CARD) {
            map.put("prompt", q.prompt());
        }
        map.putAll(bodyFields(q));
        map.put("explanation", q.explanation());
        map.put("source", source(q.sections()));
        map.put("difficulty", q.difficulty());
        map.put("tags", q.tags() == null ? null : new ArrayList<>(q.tags()));
        map.put("feedback", q.feedback() == null ? null : new LinkedHashMap<>(q.feedback()));
        map.values().removeIf(v -> v == null);
        return map;
    }

    /** A question's {@code source} field: {@code {section}} for one section, {@code {sections}} for several, null for none. */
    public static Map<String, Object> source(List<String> sections) {
        Map<String, Object> source = new LinkedHashMap<>();
        if (sections.size() == 1) {
            source.put("section", sections.get(0));
        } else if (!sections.isEmpty()) {
            source.put("sections", new ArrayList<>(sections));
        }
        return source.isEmpty() ? null : source;
    }

    /** Sections written on one line (a GIFT comment, an editor field): {@code "A; B"}. */
    public static String joinSections(List<String> sections) {
        return String.join(SECTION_SEPARATOR, sections);
    }

    /** The sections of one line written by {@link #joinSections}; empty parts are dropped. */
    public static List<String> splitSections(String line) {
        return line == null ? List.of() : Stream.of(line.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The question read back from a map, checked with the open (teacher) rules; throws {@link InvalidQuestion}. */
    public static QuestionSpec fromMap(Map<String, ?> map) {
        return fromMap(map, ValidationContext.open());
    }

    /** The question read back from a map, checked against {@code ctx}; throws {@link InvalidQuestion}. */
    public static QuestionSpec fromMap(Map<String, ?> map, ValidationContext ctx) {
        ValidationResult result = QuestionValidator.validate(map, ctx);
        if (!result.isValid()) {
            throw new InvalidQuestion(result.errors());
        }
        return result.question();
    }

    /** The fields of the question's type, in bank-file order; null values are dropped with the others. */
    private static Map<String, Object> bodyFields(QuestionSpec q) {
        Body body = q.body();
        return switch (body.type()) {
            case SINGLE -> single((Body.Single) body);
            case MULTI -> multi((Body.Multi) body);
            case TRUEFALSE -> field("answer", ((Body.TrueFalse) body).answer());
            case NUMERIC -> numeric((Body.Numeric) body);
            case DATE -> field("answer", ((Body.DateAnswer) body).answer().toString());
            case TEXT -> text((Body.Text) body);
            case CLOZE -> field("text", ((Body.Cloze) body).text());
            case ORDER -> field("items", new ArrayList<>(((Body.Order) body).items()));
            case MATCH -> match((Body.Match) body);
            case CARD -> card(q.prompt(), (Body.Card) body);
        };
    }

    private static Map<String, Object> field(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private static Map<String, Object> single(Body.Single b) {
        Map<String, Object> map = field("choices", new ArrayList<>(b.choices()));
        map.put("answer", b.answer());
        map.put("weights", weights(b.weights()));
        return map;
    }

    private static Map<String, Object> multi(Body.Multi b) {
        Map<String, Object> map = field("choices", new ArrayList<>(b.choices()));
        map.put("answers", new ArrayList<>(b.answers()));
        map.put("weights", weights(b.weights()));
        return map;
    }

    private static Map<String, Object> numeric(Body.Numeric b) {
        Map<String, Object> map = field("answer", number(b.answer()));
        map.put("tolerance", b.tolerance() == 0 ? null : number(b.tolerance()));
        map.put("unit", b.unit());
        map.put("partial", b.partial().isEmpty() ? null : bands(b.partial()));
        return map;
    }

    private static Map<String, Object> text(Body.Text b) {
        Map<String, Object> map = field("accept", new ArrayList<>(b.accept()));
        map.put("weights", weights(b.weights()));
        return map;
    }

    private static Map<String, Object> match(Body.Match b) {
        Map<String, Object> map = field("pairs", pairs(b.pairs()));
        map.put("extra", b.extra().isEmpty() ? null : new ArrayList<>(b.extra()));
        return map;
    }

    /** A card's prompt is its front. */
    private static Map<String, Object> card(String front, Body.Card b) {
        Map<String, Object> map = field("front", front);
        map.put("back", b.back());
        return map;
    }

    private static Map<String, Object> weights(Map<String, Double> weights) {
        if (weights == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        weights.forEach((choice, w) -> out.put(choice, number(w)));
        return out;
    }

    private static List<Map<String, Object>> bands(List<Body.Band> bands) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Body.Band b : bands) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("answer", number(b.answer()));
            if (b.tolerance() != 0) {
                band.put("tolerance", number(b.tolerance()));
            }
            band.put("weight", number(b.weight()));
            out.add(band);
        }
        return out;
    }

    private static List<Map<String, Object>> pairs(List<Body.Pair> pairs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Body.Pair p : pairs) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("left", p.left());
            pair.put("right", p.right());
            out.add(pair);
        }
        return out;
    }

    /** A whole number as a {@code Long} (so it reads back as written: 25000, not 25000.0), otherwise the double. */
    static Number number(double d) {
        boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15 && Double.compare(d, -0.0) != 0;
        return whole ? (Number) (long) d : (Number) d;
    }
}
