package org.tarikh.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tarikh.bank.QuestionForLearner;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.CorrectAnswer;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.FieldError;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.bank.format.ValidationResult;

/**
 * The editor's check of a draft: the validator's errors, or the question as a learner will see it (choices in the
 * order shown to learners) with the answer and explanation shown after answering.
 */
public record QuestionPreview(QuestionSpec question, QuestionForLearner shown, String correctAnswer,
                              List<FieldError> errors) {

    public static QuestionPreview of(QuestionDraft draft) {
        ValidationResult result = QuestionValidator.validate(DraftToMap.of(draft), ValidationContext.open());
        List<FieldError> errors = new ArrayList<>(result.errors().stream()
                .map(e -> EditorWording.human(e, draft.type())).toList());
        if (draft.isNew() && draft.id().isBlank() && draft.derivedId().isEmpty() && draft.prompt().isBlank()) {
            errors.removeIf(e -> e.field().equals("id")); // the id comes from the question: "Write the question" says it
        }
        if (draft.choiceType() && draft.answer().filledRows().stream().noneMatch(DraftAnswer.Row::right)) {
            errors.removeIf(e -> e.field().equals("answer") || e.field().equals("answers"));
            errors.add(new FieldError("answer", draft.type() == QuestionType.SINGLE
                    ? "Tick the right answer (the circle next to it)." : "Tick the right answers (the boxes next to them)."));
        }
        if (!errors.isEmpty()) {
            return new QuestionPreview(null, null, null, errors);
        }
        QuestionSpec q = result.question();
        return new QuestionPreview(q, QuestionForLearner.of(q), CorrectAnswer.describe(q.body()), List.of());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** A cloze's sentence cut at its blanks, as the quiz shows it with an input between each two parts. */
    public List<String> segments() {
        return question != null && question.type() == QuestionType.CLOZE
                ? List.of(BLANK.split(((Body.Cloze) question.body()).text(), -1)) : List.of();
    }

    private static final Pattern BLANK = Pattern.compile("\\{\\{.*?}}");
}
