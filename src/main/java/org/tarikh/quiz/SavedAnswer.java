package org.tarikh.quiz;

import java.util.List;
import java.util.Map;

/**
 * An exam answer already saved: shown in words, and filled back into the form so that the learner can change
 * it before finishing. Nothing here says whether it is right.
 */
public record SavedAnswer(String text, Map<String, Object> response) {

    static SavedAnswer of(AttemptItem item) {
        return new SavedAnswer(ResponseText.describe(item.question.spec(), item.delivery, item.response), item.response);
    }

    /** Whether the choice (single or multi) was picked. */
    public boolean chose(String id) {
        return id.equals(response.get("choice")) || response.get("choices") instanceof List<?> l && l.contains(id);
    }

    /** The typed value (number, date, text, true or false), as it goes back into the form. */
    public String value() {
        Object v = response.containsKey("text") ? response.get("text") : response.get("value");
        if (v instanceof Number n) {
            return ResponseText.formatNumber(n.doubleValue());
        }
        return v == null ? "" : String.valueOf(v);
    }

    /** What was typed into blank {@code index} (from 0) of a cloze. */
    public String blank(int index) {
        return response.get("blanks") instanceof List<?> l && index < l.size() ? String.valueOf(l.get(index)) : "";
    }

    /** Whether the left item was matched with the right one. */
    public boolean paired(String leftId, String rightId) {
        return response.get("pairs") instanceof Map<?, ?> m && rightId.equals(m.get(leftId));
    }

    /** The item ids in the order the learner put them, or an empty list. */
    List<String> order() {
        return response.get("order") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
