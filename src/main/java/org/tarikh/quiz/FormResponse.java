package org.tarikh.quiz;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.failure.InvalidInput;

/** Turns a submitted answer form into the same response shape the JSON API takes (docs/questions.md). */
final class FormResponse {

    static final String PAIR_PREFIX = "pair.";

    private FormResponse() {
    }

    static Map<String, Object> from(QuestionType type, MultivaluedMap<String, String> form) {
        Map<String, Object> r = new LinkedHashMap<>();
        switch (type) {
            case SINGLE -> r.put("choice", required(form, "choice", "Choose one answer."));
            case MULTI -> r.put("choices", list(form, "choices"));
            case TRUEFALSE -> r.put("value", Boolean.parseBoolean(required(form, "value", "Choose true or false.")));
            case NUMERIC -> r.put("value", number(required(form, "value", "Type a number.")));
            case DATE -> r.put("value", required(form, "value", "Type a date."));
            case TEXT -> r.put("text", required(form, "text", "Type your answer."));
            case CLOZE -> r.put("blanks", list(form, "blank"));
            case ORDER -> r.put("order", list(form, "order"));
            case MATCH -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                form.forEach((name, values) -> {
                    if (name.startsWith(PAIR_PREFIX) && !values.isEmpty() && !values.get(0).isBlank()) {
                        pairs.put(name.substring(PAIR_PREFIX.length()), values.get(0));
                    }
                });
                r.put("pairs", pairs);
            }
            case CARD -> throw InvalidInput.of("questionId", "Flashcards are studied through reviews, not quizzes.");
        }
        return r;
    }

    private static String required(MultivaluedMap<String, String> form, String name, String message) {
        String v = form.getFirst(name);
        if (v == null || v.isBlank()) {
            throw InvalidInput.of(name, message);
        }
        return v.strip();
    }

    private static List<String> list(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("value", "'" + text + "' is not a number.");
        }
    }
}
