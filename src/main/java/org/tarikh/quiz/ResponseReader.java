package org.tarikh.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.quiz.grading.Response;
import org.tarikh.web.InvalidInput;

/**
 * Reads a learner's response (JSON shapes of QUESTIONS.md, in this attempt's opaque ids) into the grading
 * core's terms (authored indices). Anything missing, of the wrong kind or naming an unknown id is a 400.
 */
final class ResponseReader {

    private ResponseReader() {
    }

    static Response read(QuestionType type, Delivery d, Map<String, Object> r) {
        if (r == null) {
            throw InvalidInput.of("response", "The response is missing.");
        }
        return switch (type) {
            case SINGLE -> new Response.Choice(index(d.choices(), string(r, "choice"), "response.choice"));
            case MULTI -> new Response.Choices(indexSet(d.choices(), strings(r, "choices"), "response.choices"));
            case TRUEFALSE -> new Response.Bool(bool(r, "value"));
            case NUMERIC -> new Response.Number(number(r, "value"));
            case DATE -> new Response.Text(string(r, "value"));
            case TEXT -> new Response.Text(string(r, "text"));
            case CLOZE -> new Response.Blanks(strings(r, "blanks"));
            case ORDER -> new Response.Ordering(indexList(d.items(), strings(r, "order"), "response.order"));
            case MATCH -> new Response.Matching(pairs(d, r));
            case CARD -> throw InvalidInput.of("questionId", "Flashcards are studied through reviews, not quizzes.");
        };
    }

    private static Object field(Map<String, Object> r, String name) {
        if (!r.containsKey(name) || r.get(name) == null) {
            throw InvalidInput.of("response." + name, "response." + name + " is missing.");
        }
        return r.get(name);
    }

    private static String string(Map<String, Object> r, String name) {
        if (field(r, name) instanceof String s) {
            return s;
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
            return list.stream().map(String.class::cast).toList();
        }
        throw InvalidInput.of("response." + name, "response." + name + " must be a list of strings.");
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
