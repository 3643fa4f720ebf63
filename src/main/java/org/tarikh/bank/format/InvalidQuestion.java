package org.tarikh.bank.format;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a question given as a map does not pass the validator; carries every field error. */
public class InvalidQuestion extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidQuestion(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
