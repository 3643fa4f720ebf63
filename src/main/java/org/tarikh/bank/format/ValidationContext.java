package org.tarikh.bank.format;

import java.util.List;

/**
 * What a question is checked against: the allowed topics (empty: any non-empty topic) and the
 * sections it may cite (null: {@code source} is optional and any section goes).
 */
public record ValidationContext(List<String> topics, List<String> sections) {

    /** The topics of the curated banks (docs/questions.md). */
    public static final List<String> CURATED_TOPICS =
            List.of("offices", "dates", "policies", "events", "people", "places");

    public ValidationContext {
        topics = topics == null ? List.of() : List.copyOf(topics);
        sections = sections == null ? null : List.copyOf(sections);
    }

    /** A curated bank: fixed topics, and every question cites one of the source's sections. */
    public static ValidationContext curated(List<String> sections) {
        return new ValidationContext(CURATED_TOPICS, sections);
    }

    /** A teacher's bank: free topics, source optional. */
    public static ValidationContext open() {
        return new ValidationContext(List.of(), null);
    }
}
