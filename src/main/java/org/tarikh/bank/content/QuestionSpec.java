package org.tarikh.bank.content;

import java.util.List;

/**
 * One authored question, independent of storage: the fields common to every type plus its typed body.
 * For a {@code card} the prompt is the card's front.
 */
public record QuestionSpec(
        String id,
        String topic,
        String prompt,
        Body body,
        String explanation,
        String section,
        Integer difficulty,
        List<String> tags) {

    public QuestionType type() {
        return body.type();
    }
}
