package org.tarikh.bank.content;

import java.util.List;

/**
 * One authored question, independent of storage: the fields common to every type plus its typed body.
 * For a {@code card} the prompt is the card's front. {@code sections} are the source sections it cites, in
 * the author's order (empty when it cites none); most questions cite one.
 */
public record QuestionSpec(
        String id,
        String topic,
        String prompt,
        Body body,
        String explanation,
        List<String> sections,
        Integer difficulty,
        List<String> tags) {

    public QuestionSpec {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public QuestionType type() {
        return body.type();
    }

    /** The first cited section (the one stored and linked where only one fits), or null when none. */
    public String section() {
        return sections.isEmpty() ? null : sections.get(0);
    }
}
