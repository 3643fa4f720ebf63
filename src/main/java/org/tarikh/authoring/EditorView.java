package org.tarikh.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.Bank;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.FieldError;

/**
 * What the editor page shows: the bank, the draft as typed, the validator's messages next to the fields they
 * concern (the common fields by name, the type's own fields together under the answer editor), and a conflict.
 */
public record EditorView(Bank bank, QuestionDraft draft, Map<String, String> errors, List<String> answerErrors,
                         String conflict, List<String> topics) {

    private static final List<String> COMMON = List.of("id", "topic", "prompt", "front", "explanation", "difficulty", "tags");

    public static EditorView of(Bank bank, QuestionDraft draft, List<String> topics) {
        return new EditorView(bank, draft, Map.of(), List.of(), null, topics);
    }

    /** The view with the validator's errors placed by field. */
    public EditorView withErrors(List<FieldError> fieldErrors) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> answer = new ArrayList<>();
        for (FieldError e : fieldErrors) {
            String root = e.field().replaceAll("[.\\[].*", "");
            if (root.equals("front")) {
                root = "prompt";
            }
            if (root.equals("source")) {
                byField.putIfAbsent("section", e.message());
            } else if (COMMON.contains(root)) {
                byField.putIfAbsent(root, e.message());
            } else {
                answer.add(e.message());
            }
        }
        return new EditorView(bank, draft, byField, answer, conflict, topics);
    }

    public EditorView withConflict(String message) {
        return new EditorView(bank, draft, errors, answerErrors, message, topics);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !answerErrors.isEmpty();
    }

    public List<QuestionType> types() {
        return List.of(QuestionType.values());
    }

    public String action() {
        return "/teach/banks/" + bank.slug + "/editor";
    }
}
