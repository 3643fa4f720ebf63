package org.tarikh.bank.transfer;

import java.util.List;
import org.tarikh.bank.content.QuestionSpec;

/**
 * What a file held: the questions that passed the validator, every error (a file with any error imports
 * nothing), and what was left out on purpose because Tarikh has no such question type (each with its line).
 */
public record ImportedQuestions(List<QuestionSpec> questions, List<LineMessage> errors, List<LineMessage> skipped) {

    public ImportedQuestions {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
