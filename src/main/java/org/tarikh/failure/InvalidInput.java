package org.tarikh.failure;

import java.util.List;

/** Bad input from the caller (400), with every problem found. */
public class InvalidInput extends RuntimeException {

    private final transient List<ErrorDetail> details;

    public InvalidInput(String message, List<ErrorDetail> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(message, List.of(ErrorDetail.field(field, message)));
    }

    public List<ErrorDetail> details() {
        return details;
    }
}
