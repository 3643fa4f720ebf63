package org.tarikh.failure;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing wrong with a request: the field (or the line of an uploaded file) and what is wrong with it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String field, Integer line, String message) {

    public static Problem field(String field, String message) {
        return new Problem(field, null, message);
    }

    public static Problem line(int line, String message) {
        return new Problem(null, line, message);
    }
}
