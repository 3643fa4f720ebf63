package org.tarikh.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tarikh.bank.Question;
import org.tarikh.bank.content.QuestionType;

/**
 * The teacher's search over a bank's questions: words anywhere in the question (prompt, id, answers, explanation),
 * a type, a topic. Blank parts match everything; an unknown type or topic simply matches nothing.
 */
public record QuestionFilter(String text, String type, String topic) {

    /** Every question type's code, in the order the menus list them. */
    public static final List<String> TYPES = Arrays.stream(QuestionType.values()).map(QuestionType::code).toList();

    public static QuestionFilter of(String text, String type, String topic) {
        return new QuestionFilter(clean(text), clean(type), clean(topic));
    }

    public boolean active() {
        return !text.isEmpty() || !type.isEmpty() || !topic.isEmpty();
    }

    public List<String> types() {
        return TYPES;
    }

    public List<Question> apply(List<Question> questions) {
        String needle = text.toLowerCase(Locale.ROOT);
        return questions.stream()
                .filter(q -> type.isEmpty() || type.equals(q.type.code()))
                .filter(q -> topic.isEmpty() || topic.equals(q.topic))
                .filter(q -> needle.isEmpty() || haystack(q).contains(needle))
                .toList();
    }

    private static String haystack(Question q) {
        return (q.key + " " + q.prompt + " " + q.content).toLowerCase(Locale.ROOT);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().length() > 200 ? s.strip().substring(0, 200) : s.strip();
    }
}
