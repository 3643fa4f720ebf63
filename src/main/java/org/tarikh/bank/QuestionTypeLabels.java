package org.tarikh.bank;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import org.tarikh.bank.content.QuestionType;

/**
 * Names of question types and topics for people, in templates: {@code {qt:label(type)}}, {@code {qt:topic(t)}}.
 * Templates compare types with the enum, {@code {#if type == QuestionType:CARD}}: the enum lives in the pure
 * question content, so it is offered to templates from here rather than annotated itself.
 */
@TemplateExtension(namespace = "qt")
@TemplateData(target = QuestionType.class, namespace = TemplateData.SIMPLENAME)
public final class QuestionTypeLabels {

    private static final Map<String, String> LABELS = Map.of(
            "single", "Single choice", "multi", "Multiple choice", "truefalse", "True or false",
            "numeric", "Number", "date", "Date", "text", "Short answer", "cloze", "Fill in the blanks",
            "order", "Timeline / order", "match", "Matching", "card", "Flashcard");

    private QuestionTypeLabels() {
    }

    static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }

    static String topic(String topic) {
        return topic == null || topic.isEmpty() ? "" : Character.toUpperCase(topic.charAt(0)) + topic.substring(1);
    }
}
