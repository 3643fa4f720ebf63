package org.tarikh.bank.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One authored question, independent of storage: the fields common to every type plus its typed body.
 * For a {@code card} the prompt is the card's front. {@code sections} are the source sections it cites, in
 * the author's order (empty when it cites none); most questions cite one. {@code feedback} (null when none) is
 * shown after answering, by what was answered: keyed by a choice, an accepted or weighted text answer,
 * "true"/"false", a numeric answer as written ("1822" or "1822:2"), or {@link #OTHERWISE} for anything else.
 */
public record QuestionSpec(
        String id,
        String topic,
        String prompt,
        Body body,
        String explanation,
        List<String> sections,
        Integer difficulty,
        List<String> tags,
        Map<String, String> feedback) {

    /** The key of {@link #feedback} for a response that matches no other key. */
    public static final String OTHERWISE = "*";

    public QuestionSpec {
        sections = sections == null ? List.of() : List.copyOf(sections);
        feedback = feedback == null || feedback.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(feedback));
    }

    public QuestionSpec(String id, String topic, String prompt, Body body, String explanation, List<String> sections,
                        Integer difficulty, List<String> tags) {
        this(id, topic, prompt, body, explanation, sections, difficulty, tags, null);
    }

    public QuestionType type() {
        return body.type();
    }

    /** The first cited section (the one stored and linked where only one fits), or null when none. */
    public String section() {
        return sections.isEmpty() ? null : sections.get(0);
    }
}
