package org.tarikh.bank;

import org.tarikh.failure.InvalidInput;

/** {@code ?page=&size=} of a bank's questions, read from the raw query text so that any bad value is a 400. */
record QuestionPaging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    static QuestionPaging parse(String page, String size) {
        int p = number("page", page, 0);
        int s = number("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw InvalidInput.of("page", "page must be 0 or more.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInput.of("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
        return new QuestionPaging(p, s);
    }

    /** Where the page starts; a long, since page × size can pass the largest int. */
    long offset() {
        return (long) page * size;
    }

    private static int number(String field, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, field + " must be a whole number, not '" + text + "'.");
        }
    }
}
