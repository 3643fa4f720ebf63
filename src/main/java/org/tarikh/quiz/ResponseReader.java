package org.tarikh.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.failure.InvalidInput;
import org.tarikh.quiz.grading.GivenAnswer;

/**
 * Reads a learner's response (the JSON shapes of docs/questions.md, in this attempt's opaque ids) into the grading
 * core's terms (authored indices). Anything missing, of the wrong kind, too long or naming an unknown id is a 400.
 */
final class ResponseReader {

    /** Longest typed answer taken, in characters. */
    static final int MAX_TEXT = 1000;
    /** Most ids or blanks in one answer (no question has more than a few). */
    static final int MAX_ITEMS = 100;

    private ResponseReader() {
    }

    static GivenAnswer read(QuestionType type, Delivery d, Map<String, Object> r) {
        if (r == null) {
            throw InvalidInput.of("response", "The response is missing.");
        }
        return switch (type) {
            case SINGLE -> new GivenAnswer.Choice(index(d.choices(), string(r, "choice"), "response.choice"));
            case MULTI -> new GivenAnswer.Choices(indexSet(d.choices(), strings(r, "choices"), "response.choices"));
            case TRUEFALSE -> new GivenAnswer.Bool(bool(r, "value"));
            case NUMERIC -> new GivenAnswer.Numeric(number(r, "value"));
            case DATE -> new GivenAnswer.Text(string(r, "value"));
            case TEXT -> new GivenAnswer.Text(string(r, "text"));
            case CLOZE -> new GivenAnswer.Blanks(strings(r, "blanks"));
            case ORDER -> new GivenAnswer.Ordering(indexList(d.items(), strings(r, "order"), "response.order"));
            case MATCH -> new GivenAnswer.Matching(pairs(d, r));
            case CARD -> throw InvalidInput.of("questionId", "Flashcards are studied through reviews, not quizzes.");
        };
    }

    /** The response as stored: only the field its question type defines (docs/questions.md), nothing else sent. */
    static Map<String, Object> stored(QuestionType type, Map<String, Object> r) {
        String name = switch (type) {
            case SINGLE -> "choice";
            case MULTI -> "choices";
            case TRUEFALSE, NUMERIC, DATE -> "value";
            case TEXT -> "text";
            case CLOZE -> "blanks";
            case ORDER -> "order";
            case MATCH -> "pairs";
            case CARD -> null;
        };
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        if (name != null && r.containsKey(name)) {
            kept.put(name, r.get(name));
        }
        return kept;
    }

    private static Object field(Map<String, Object> r, String name) {
        if (!r.containsKey(name) || r.get(name) == null) {
            throw InvalidInput.of("response." + name, "response." + name + " is missing.");
        }
        return r.get(name);
    }

    private static String string(Map<String, Object> r, String name) {
        if (field(r, name) instanceof String s) {
            return shortEnough("response." + name, s);
        }
        throw InvalidInput.of("response." + name, "response." + name + " must be a string.");
    }

    private static boolean bool(Map<String, Object> r, String name) {
        if (field(r, name) instanceof Boolean b) {
            return b;
        }
        throw InvalidInput.of("response." + name, "response." + name + " must be true or false.");
    }

    private static double number(Map<String, Object> r, String name) {
        if (field(r, name) instanceof Number n) {
            return n.doubleValue();
        }
        throw InvalidInput.of("response." + name, "response." + name + " must be a number.");
    }

    private static List<String> strings(Map<String, Object> r, String name) {
        if (field(r, name) instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            if (list.size() > MAX_ITEMS) {
                throw InvalidInput.of("response." + name, "response." + name + " may have at most " + MAX_ITEMS + " entries.");
            }
            return list.stream().map(item -> shortEnough("response." + name, (String) item)).toList();
        }
        throw InvalidInput.of("response." + name, "response." + name + " must be a list of strings.");
    }

    private static String shortEnough(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw InvalidInput.of(field, field + " may have at most " + MAX_TEXT + " characters.");
        }
        return text;
    }

    private static int index(List<Delivery.Option> options, String id, String field) {
        return Delivery.indexOf(options, id).orElseThrow(() ->
                InvalidInput.of(field, field + ": '" + id + "' is not one of this question's ids."));
    }

    private static Set<Integer> indexSet(List<Delivery.Option> options, List<String> ids, String field) {
        Set<Integer> indices = new HashSet<>();
        for (String id : ids) {
            indices.add(index(options, id, field));
        }
        return indices;
    }

    private static List<Integer> indexList(List<Delivery.Option> options, List<String> ids, String field) {
        List<Integer> indices = new ArrayList<>();
        for (String id : ids) {
            indices.add(index(options, id, field));
        }
        return indices;
    }

    private static Map<Integer, Integer> pairs(Delivery d, Map<String, Object> r) {
        if (!(field(r, "pairs") instanceof Map<?, ?> given)) {
            throw InvalidInput.of("response.pairs", "response.pairs must be an object from left ids to right ids.");
        }
        if (given.size() > MAX_ITEMS) {
            throw InvalidInput.of("response.pairs", "response.pairs may have at most " + MAX_ITEMS + " entries.");
        }
        Map<Integer, Integer> rightByLeft = new HashMap<>();
        for (Map.Entry<?, ?> e : given.entrySet()) {
            if (!(e.getValue() instanceof String right)) {
                throw InvalidInput.of("response.pairs", "response.pairs: each value must be a right-hand id.");
            }
            rightByLeft.put(index(d.left(), String.valueOf(e.getKey()), "response.pairs"),
                    index(d.right(), right, "response.pairs"));
        }
        return rightByLeft;
    }
}
