package org.tarikh.bank.format;

/** One problem in a question, naming the field it concerns ({@code "choices"}, {@code "pairs[1].left"}; "" for the whole question). */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return message;
    }
}
