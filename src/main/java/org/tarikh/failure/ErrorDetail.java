package org.tarikh.failure;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One detail of a refused request, an item of an API error's {@code details}: the field (or the line of an uploaded
 * file) and what is wrong with it. Not the readers' {@code LineMessage}: this is the answer's wire shape (a field or a
 * line, the other left out of the JSON), made from their messages when a request is refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(String field, Integer line, String message) {

    public static ErrorDetail field(String field, String message) {
        return new ErrorDetail(field, null, message);
    }

    public static ErrorDetail line(int line, String message) {
        return new ErrorDetail(null, line, message);
    }
}
