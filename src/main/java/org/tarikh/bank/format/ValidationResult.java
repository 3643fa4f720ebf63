package org.tarikh.bank.format;

import java.util.List;
import org.tarikh.bank.content.QuestionSpec;

/** A checked question: the {@code question} when it is valid (else null) and every field error found. */
public record ValidationResult(QuestionSpec question, List<FieldError> errors) {

    public ValidationResult {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
