package org.tarikh.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;

/**
 * A question sent to the API in the docs/questions.md shape, read into a spec. The API answers with a question's
 * {@code version} and {@code retired}, so a body sent back as it came may hold them: they are not part of the question.
 */
final class QuestionJson {

    private QuestionJson() {
    }

    /** The new question in {@code body}. */
    static QuestionSpec added(Map<String, ?> body) {
        return parse(withoutStoredFields(body));
    }

    /** The edit of question {@code key} in {@code body}; the id may be left out, as the address gives it. */
    static QuestionSpec edited(Map<String, ?> body, String key) {
        Map<String, Object> question = withoutStoredFields(body);
        question.putIfAbsent("id", key);
        return parse(question);
    }

    /** The version an edit started from: the body's optional {@code "version"}, a whole number (null: none given). */
    static Integer baseVersion(Map<String, ?> body) {
        Object version = body.get("version");
        if (version == null) {
            return null;
        }
        if (version instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw InvalidInput.of("version", "version must be the whole number of the version you edited, not " + version + ".");
    }

    /** Reads a question map, giving every validator message as a field problem. */
    static QuestionSpec parse(Map<String, ?> map) {
        var result = QuestionValidator.validate(map, ValidationContext.open());
        if (!result.isValid()) {
            List<ErrorDetail> details = result.errors().stream()
                    .map(e -> ErrorDetail.field(e.field().isEmpty() ? "question" : e.field(), e.message())).toList();
            throw new InvalidInput("The question is not valid: "
                    + String.join("; ", details.stream().map(ErrorDetail::message).toList()) + ".", details);
        }
        return result.question();
    }

    private static Map<String, Object> withoutStoredFields(Map<String, ?> body) {
        Map<String, Object> question = new LinkedHashMap<>(body);
        question.remove("version");
        question.remove("retired");
        return question;
    }
}
