package org.tarikh.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.QuestionMaps;

/** A draft as a question in the shape of docs/questions.md, for the validator; blank rows and pairs are left out. */
final class DraftToMap {

    private DraftToMap() {
    }

    static Map<String, Object> of(QuestionDraft draft) {
        QuestionType type = draft.type();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", draft.id().isEmpty() && draft.isNew() ? draft.derivedId() : draft.id());
        map.put("type", type.code());
        map.put("topic", draft.topic());
        map.put(type == QuestionType.CARD ? "front" : "prompt", draft.prompt().strip());
        putAnswer(map, type, draft.answer());
        if (!draft.explanation().isBlank()) {
            map.put("explanation", draft.explanation().strip());
        }
        Map<String, Object> source = QuestionMaps.source(QuestionMaps.splitSections(draft.section()));
        if (source != null) {
            map.put("source", source);
        }
        if (!draft.difficulty().isEmpty()) {
            map.put("difficulty", numberOrText(draft.difficulty()));
        }
        List<String> tags = List.of(draft.tags().split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (!tags.isEmpty()) {
            map.put("tags", tags);
        }
        return map;
    }

    private static void putAnswer(Map<String, Object> map, QuestionType type, DraftAnswer a) {
        switch (type) {
            case SINGLE -> {
                map.put("choices", texts(a));
                a.filledRows().stream().filter(DraftAnswer.Row::right).findFirst()
                        .ifPresent(r -> map.put("answer", r.text().strip()));
                putWeights(map, a);
            }
            case MULTI -> {
                map.put("choices", texts(a));
                map.put("answers", a.filledRows().stream().filter(DraftAnswer.Row::right).map(r -> r.text().strip()).toList());
                putWeights(map, a);
            }
            case TRUEFALSE -> map.put("answer", Boolean.parseBoolean(a.truth()));
            case NUMERIC -> {
                map.put("answer", numberOrText(a.number()));
                if (!a.tolerance().isEmpty()) {
                    map.put("tolerance", numberOrText(a.tolerance()));
                }
                if (!a.unit().isEmpty()) {
                    map.put("unit", a.unit());
                }
            }
            case DATE -> map.put("answer", a.date());
            case TEXT -> map.put("accept", texts(a));
            case CLOZE -> map.put("text", a.cloze().strip());
            case ORDER -> map.put("items", texts(a));
            case MATCH -> map.put("pairs", a.pairs().stream().filter(p -> !p.isBlank())
                    .map(p -> Map.of("left", p.left().strip(), "right", p.right().strip())).toList());
            case CARD -> map.put("back", a.back().strip());
        }
    }

    private static List<String> texts(DraftAnswer a) {
        return a.filledRows().stream().map(r -> r.text().strip()).toList();
    }

    private static void putWeights(Map<String, Object> map, DraftAnswer a) {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (DraftAnswer.Row r : a.filledRows()) {
            if (!r.weight().isEmpty()) {
                weights.put(r.text().strip(), numberOrText(r.weight()));
            }
        }
        if (!weights.isEmpty()) {
            map.put("weights", weights);
        }
    }

    /** A number when the text is one; otherwise the text itself, so the validator names the field. */
    private static Object numberOrText(String text) {
        try {
            double d = Double.parseDouble(text.strip());
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
