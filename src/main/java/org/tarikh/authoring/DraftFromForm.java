package org.tarikh.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.bank.content.QuestionType;

/** The editor's posted form as a draft; {@code right} holds the indexes of the rows marked right. */
final class DraftFromForm {

    private DraftFromForm() {
    }

    static QuestionDraft read(MultivaluedMap<String, String> form) {
        String base = first(form, "baseVersion");
        return new QuestionDraft(
                QuestionType.fromCode(first(form, "type")).orElse(QuestionType.SINGLE),
                !"false".equals(first(form, "isNew")),
                base.matches("\\d{1,9}") ? Integer.valueOf(base) : null,
                first(form, "id").strip(),
                first(form, "topic").strip(),
                first(form, "prompt"),
                first(form, "explanation"),
                first(form, "section").strip(),
                first(form, "difficulty").strip(),
                first(form, "tags"),
                answer(form));
    }

    private static DraftAnswer answer(MultivaluedMap<String, String> form) {
        List<String> texts = all(form, "row");
        List<String> weights = all(form, "weight");
        List<String> right = all(form, "right");
        List<DraftAnswer.Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new DraftAnswer.Row(texts.get(i), right.contains(String.valueOf(i)),
                    i < weights.size() ? weights.get(i).strip() : ""));
        }
        List<String> lefts = all(form, "left");
        List<String> rights = all(form, "rightSide");
        List<DraftAnswer.PairRow> pairs = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            pairs.add(new DraftAnswer.PairRow(lefts.get(i), i < rights.size() ? rights.get(i) : ""));
        }
        String truth = first(form, "truth");
        return new DraftAnswer(rows, pairs, truth.isEmpty() ? "true" : truth, first(form, "number").strip(),
                first(form, "tolerance").strip(), first(form, "unit").strip(), first(form, "date").strip(),
                first(form, "cloze"), first(form, "back"));
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static List<String> all(MultivaluedMap<String, String> form, String name) {
        List<String> v = form.get(name);
        return v == null ? List.of() : v;
    }
}
